// The second line of a search result: which postal code, place or other name form matched.
import { m } from '$lib/paraglide/messages';
import type { SearchResult } from './rank.ts';
import { placeName } from '$lib/text/fold';

export function resultDetail(result: SearchResult): string | null {
	if (result.kind === 'postal_code')
		return m.search_postal_code({ postnummer: result.postnummer, poststed: placeName(result.poststed) });
	if (result.kind === 'place') return m.search_place({ poststed: placeName(result.poststed) });
	if (result.former?.kommunenummer)
		return m.search_former_number({ kommunenummer: result.former.kommunenummer, name: result.former.name });
	if (result.former) return m.search_former_name({ name: result.former.name });
	return null;
}

export function resultId(result: SearchResult): string {
	if (result.kind === 'postal_code') return `p:${result.postnummer}`;
	if (result.kind === 'place') return `s:${result.poststed}:${result.kommunenummer}`;
	return `k:${result.kommunenummer}`;
}
