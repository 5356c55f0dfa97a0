// The policy view as state that starts from the URL (also when rendered on the server) and is written back
// to it as it changes, so that a copied link restores the same view.
import { page } from '$app/state';
import { replaceState } from '$app/navigation';
import type { CoverageTimeline } from '$lib/coverage/schema';
import { readViewReport, writeView, type IgnoredParameter, type PolicyView } from './view-state.ts';

/** The places a URL may name (see ViewContext). */
export interface KnownPlaces {
	counties: { fylkesnummer: string }[];
	municipalities: { kommunenummer: string }[];
}

/**
 * The view, and the parameters of the URL it started from that could not be read (said on the page; the
 * URL is written without them).
 */
export function urlBoundView(
	timeline: CoverageTimeline,
	places: KnownPlaces
): { view: PolicyView; ignored: IgnoredParameter[] } {
	// Read once, not kept: plain sets are right here.
	/* eslint-disable svelte/prefer-svelte-reactivity */
	const report = readViewReport(page.url.searchParams, {
		from: timeline.from_year,
		to: timeline.to_year,
		counties: new Set(places.counties.map((c) => c.fylkesnummer)),
		municipalities: new Set(places.municipalities.map((mu) => mu.kommunenummer))
	});
	/* eslint-enable svelte/prefer-svelte-reactivity */
	const view = $state(report.view);
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
	return { view, ignored: report.ignored };
}
