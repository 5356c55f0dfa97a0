// The browser's search: the index and the ranking that reads it, fetched and imported once, on first use (the
// box gets focus or text), not with the page.
import { resolve } from '$app/paths';
import type { CompactSearchIndex, SearchIndex } from './index.ts';
import type { SearchResult } from './rank.ts';

export interface Searcher {
	index: SearchIndex;
	search(query: string): SearchResult[];
	soleMatch(results: SearchResult[]): SearchResult | null;
}

let loading: Promise<Searcher> | undefined;

export function loadSearch(): Promise<Searcher> {
	loading ??= Promise.all([
		fetch(resolve('/sok/indeks.json')).then((response) => {
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			return response.json() as Promise<CompactSearchIndex>;
		}),
		import('./index.ts'),
		import('./rank.ts')
	])
		.then(([compact, { buildSearchIndex }, { search, soleMatch }]) => {
			const index = buildSearchIndex(compact);
			return { index, search: (query: string) => search(index, query), soleMatch };
		})
		.catch((error: unknown) => {
			loading = undefined;
			throw error;
		});
	return loading;
}
