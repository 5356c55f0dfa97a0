// The browser's copy of the search index: fetched once, on first use.
import { resolve } from '$app/paths';
import { buildSearchIndex, type CompactSearchIndex, type SearchIndex } from './index.ts';

let loading: Promise<SearchIndex> | undefined;

export function loadSearchIndex(): Promise<SearchIndex> {
	loading ??= fetch(resolve('/sok/indeks.json'))
		.then((response) => {
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			return response.json() as Promise<CompactSearchIndex>;
		})
		.then(buildSearchIndex)
		.catch((error: unknown) => {
			loading = undefined;
			throw error;
		});
	return loading;
}
