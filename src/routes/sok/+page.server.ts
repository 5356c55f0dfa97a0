import { publicState } from '$lib/server/public-data';
import { serverSearchIndex } from '$lib/server/data/search-index';
import { search } from '$lib/search/rank';
import type { PageServerLoad } from './$types';

const MAX_QUERY_LENGTH = 100;

export const load: PageServerLoad = async ({ url }) => {
	const query = (url.searchParams.get('q') ?? '').slice(0, MAX_QUERY_LENGTH).trim();
	const snapshot = (await publicState()).snapshot.data.map;
	const status = new Map(snapshot.municipalities.map((m) => [m.kommunenummer, m.status]));
	const results = query ? search(serverSearchIndex(), query, 30) : [];
	return {
		query,
		results: results.map((r) => ({ ...r, status: status.get(r.kommunenummer) ?? 'none' }))
	};
};
