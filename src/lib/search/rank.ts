// Ranked search over the index. How well a name matches (exact, start, start of a word, within two typing
// slips, contains, start within slips) decides first; then current names before 2020 names before place
// names; then population. One result per municipality for a name, so "Kristiansand" is not listed again as
// the place "Kristiansand S". A postal code (or its first digits), a kommunenummer or a 2020 kommunenummer
// finds its municipality.
import type { SearchIndex, MunicipalityEntry } from './index.ts';
import { queryKey } from './normalize.ts';
import { allowedEdits, editDistances } from './distance.ts';

interface Common {
	kommunenummer: string;
	name: string;
	nameNorwegian: string;
	score: number;
	/** The query is this result's name, number or postal code exactly (after folding). */
	exact: boolean;
}

export type SearchResult =
	| (Common & {
			kind: 'municipality';
			/** The official name, when another name form matched. */
			matchedName?: string;
			/** The 2020 municipality whose name or number matched. */
			former?: { name: string; kommunenummer?: string };
	  })
	| (Common & { kind: 'place'; poststed: string })
	| (Common & { kind: 'postal_code'; postnummer: string; poststed: string });

const EXACT = 100;

/**
 * How well keys match the query, 0 for not at all: exact 100, start 80, start of a word 60, one slip 50,
 * two slips 40, contains 30, start with one slip 20, with two 10. The kinds add less than 10.
 */
export function matcher(query: string): (key: string) => number {
	const wordStart = ` ${query}`;
	const max = allowedEdits(query.length);
	const contains = query.length >= 3;
	return (key) => {
		if (key === query) return EXACT;
		if (key.startsWith(query)) return 80;
		if (key.includes(wordStart)) return 60;
		const slips = max > 0 ? editDistances(query, key, max) : null;
		if (slips && slips.whole <= max) return 60 - 10 * slips.whole;
		if (contains && key.includes(query)) return 30;
		if (slips && slips.start <= max) return 30 - 10 * slips.start;
		return 0;
	};
}

const KIND_BONUS = { current: 5, former: 3, place: 0 } as const;

function municipalityFields(m: MunicipalityEntry) {
	return { kommunenummer: m.kommunenummer, name: m.name, nameNorwegian: m.nameNorwegian };
}

export function search(index: SearchIndex, rawQuery: string, limit = 8): SearchResult[] {
	const trimmed = rawQuery.trim();
	if (/^\d{1,4}$/.test(trimmed)) return searchNumber(index, trimmed, limit);
	const query = queryKey(trimmed);
	if (query.length === 0) return [];
	const matchQuality = matcher(query);
	const best = new Map<string, SearchResult>();
	const offer = (result: SearchResult) => {
		const held = best.get(result.kommunenummer);
		if (!held || result.score > held.score) best.set(result.kommunenummer, result);
	};
	for (const m of index.municipalities) {
		let quality = 0;
		let matched = m.keys[0];
		for (const key of m.keys) {
			const q = matchQuality(key);
			if (q > quality) [quality, matched] = [q, key];
		}
		if (quality > 0)
			offer({
				kind: 'municipality',
				...municipalityFields(m),
				matchedName: matched !== m.keys[0] ? m.name : undefined,
				score: quality + KIND_BONUS.current,
				exact: quality === EXACT
			});
		for (const former of m.formerNames) {
			const q = matchQuality(former.key);
			if (q > 0)
				offer({
					kind: 'municipality',
					...municipalityFields(m),
					former: { name: former.name },
					score: q + KIND_BONUS.former,
					exact: q === EXACT
				});
		}
	}
	if (query.length >= 2) {
		for (const place of index.places) {
			const q = matchQuality(place.key);
			const m = index.byNumber.get(place.kommunenummer);
			// A place only contained in the query's letters is too weak a hint to list.
			if (q > 30 && m)
				offer({
					kind: 'place',
					...municipalityFields(m),
					poststed: place.poststed,
					score: q + KIND_BONUS.place,
					exact: q === EXACT
				});
		}
	}
	const population = (r: SearchResult) => index.byNumber.get(r.kommunenummer)?.population ?? 0;
	return [...best.values()]
		.sort((a, b) => b.score - a.score || population(b) - population(a) || a.name.localeCompare(b.name, 'nb'))
		.slice(0, limit);
}

function searchNumber(index: SearchIndex, digits: string, limit: number): SearchResult[] {
	const results: SearchResult[] = [];
	if (digits.length === 4) {
		const m = index.byNumber.get(digits);
		if (m) results.push({ kind: 'municipality', ...municipalityFields(m), score: 90, exact: true });
		for (const former of index.formerNumbers.get(digits) ?? []) {
			const today = index.byNumber.get(former.kommunenummer);
			if (today)
				results.push({
					kind: 'municipality',
					...municipalityFields(today),
					former: { name: former.name2020, kommunenummer: digits },
					score: 85,
					exact: true
				});
		}
	}
	for (const [postnummer, poststed, kommunenummer] of index.postalCodes) {
		if (!postnummer.startsWith(digits)) continue;
		const m = index.byNumber.get(kommunenummer);
		if (!m) continue;
		const exact = postnummer === digits;
		results.push({
			kind: 'postal_code',
			...municipalityFields(m),
			postnummer,
			poststed,
			score: exact ? 100 : 50,
			exact
		});
	}
	return results
		.sort(
			(a, b) =>
				b.score - a.score ||
				('postnummer' in a && 'postnummer' in b ? a.postnummer.localeCompare(b.postnummer) : 0)
		)
		.slice(0, limit);
}

/**
 * The one municipality a query means, if it means one: the only municipality with that exact (current) name,
 * or else the only municipality that every exact match (postal code, number, place, 2020 name) leads to.
 * "Tromsø", "9008" and "Kleppestø" have one; "Herøy" (two municipalities) and "Tronheim" (a slip) do not.
 */
export function soleMatch(results: SearchResult[]): SearchResult | null {
	const exact = results.filter((r) => r.exact);
	const byName = exact.filter((r) => r.kind === 'municipality' && !r.former && r.score > 100);
	const candidates = byName.length > 0 ? byName : exact;
	const municipalities = new Set(candidates.map((r) => r.kommunenummer));
	return municipalities.size === 1 ? candidates[0] : null;
}
