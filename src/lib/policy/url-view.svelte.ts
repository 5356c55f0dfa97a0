// The policy view as state that starts from the URL (also when rendered on the server) and is written back
// to it as it changes, so that a copied link restores the same view.
import { page } from '$app/state';
import { replaceState } from '$app/navigation';
import type { CoverageTimeline } from '$lib/coverage/schema';
import { readView, writeView, type PolicyView } from './view-state.ts';

export function urlBoundView(timeline: CoverageTimeline): PolicyView {
	const view = $state(readView(page.url.searchParams, { from: timeline.from_year, to: timeline.to_year }));
	// Not on the first run: the view came from the URL then, and the router may not be ready yet.
	let first = true;
	$effect(() => {
		const query = writeView(view, timeline.to_year);
		if (first) return void (first = false);
		if (query !== page.url.search) replaceState(`${page.url.pathname}${query}`, {});
	});
	return view;
}
