import { redirect } from '@sveltejs/kit';
import { publicState } from '$lib/server/public-data';
import { serverSearchIndex } from '$lib/server/data/search-index';
import { search, soleMatch } from '$lib/search/rank';
import { municipalityHref } from '$lib/paths';
import { MAX_QUERY_LENGTH } from '$lib/search/limits';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const raw = (url.searchParams.get('q') ?? '').trim();
	// A longer query names no municipality; it is cut, searched and the page says so.
	const truncated = [...raw].length > MAX_QUERY_LENGTH;
	const query = truncated ? [...raw].slice(0, MAX_QUERY_LENGTH).join('').trim() : raw;
	const results = query ? search(serverSearchIndex(), query, 30) : [];
	// A query that means one municipality (its name, a postal code, …) opens it, as Enter does in the box.
	const sole = truncated ? null : soleMatch(results);
	if (sole) redirect(303, municipalityHref(sole.kommunenummer, sole.nameNorwegian));
	const snapshot = (await publicState()).snapshot.data.map;
	const status = new Map(snapshot.municipalities.map((m) => [m.kommunenummer, m.status]));
	return {
		query,
		truncated,
		results: results.map((r) => ({ ...r, status: status.get(r.kommunenummer) ?? 'none' }))
	};
};
