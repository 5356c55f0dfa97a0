// The policy view as state that starts from the URL (also when rendered on the server) and is written back
// to it as it changes, so that a copied link restores the same view.
import { page } from '$app/state';
import { replaceState } from '$app/navigation';
import type { CoverageTimeline } from '$lib/coverage/schema';
import { readView, writeView, type PolicyView } from './view-state.ts';

export function urlBoundView(timeline: CoverageTimeline): PolicyView {
	const view = $state(readView(page.url.searchParams, { from: timeline.from_year, to: timeline.to_year }));
	const write = (query: string) => {
		if (query !== page.url.search) replaceState(`${page.url.pathname}${query}`, {});
	};
	let first = true;
	$effect(() => {
		const query = writeView(view, timeline.to_year);
		if (!first) return write(query);
		first = false;
		// The first run is during hydration, before SvelteKit's router has started. The view differs from the
		// URL when the reader changed a control before the scripts ran (or the URL was written by hand); it is
		// written once the router is ready, in the next task.
		setTimeout(() => {
			try {
				write(query);
			} catch {
				// The router is still not ready: the URL stays as it was until the next change.
			}
		});
	});
	return view;
}
