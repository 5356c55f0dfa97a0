// Ranked search over the index: exact names first, then names that start with the query, then names with a
// word that starts with it, then names that contain it. Municipalities rank above place names; a postal code
// (or its first digits) finds its place and municipality.
import type { SearchIndex, MunicipalityEntry } from './index.ts';
import { searchKey } from './normalize.ts';

export type SearchResult =
	| {
			kind: 'municipality';
			kommunenummer: string;
			name: string;
			nameNorwegian: string;
			matchedName?: string;
			score: number;
	  }
	| {
			kind: 'place';
			kommunenummer: string;
			name: string;
			nameNorwegian: string;
			poststed: string;
			score: number;
	  }
	| {
			kind: 'postal_code';
			kommunenummer: string;
			name: string;
			nameNorwegian: string;
			postnummer: string;
			poststed: string;
			score: number;
	  };

function textScore(key: string, query: string): number {
	if (key === query) return 100;
	if (key.startsWith(query)) return 80;
	if (key.includes(` ${query}`)) return 60;
	if (query.length >= 3 && key.includes(query)) return 30;
	return 0;
}

function municipalityFields(m: MunicipalityEntry) {
	return { kommunenummer: m.kommunenummer, name: m.name, nameNorwegian: m.nameNorwegian };
}

export function search(index: SearchIndex, rawQuery: string, limit = 8): SearchResult[] {
	const trimmed = rawQuery.trim();
	if (/^\d{1,4}$/.test(trimmed)) return searchNumber(index, trimmed, limit);
	const query = searchKey(trimmed);
	if (query.length === 0) return [];
	const results: SearchResult[] = [];
	for (const m of index.municipalities) {
		let best = 0;
		let matched = m.keys[0];
		for (const key of m.keys) {
			const score = textScore(key, query);
			if (score > best) [best, matched] = [score, key];
		}
		if (best > 0) {
			const otherForm = matched !== searchKey(m.name) ? m.name : undefined;
			results.push({
				kind: 'municipality',
				...municipalityFields(m),
				matchedName: otherForm,
				score: best + 5
			});
		}
	}
	if (query.length >= 2) {
		for (const place of index.places) {
			const score = textScore(place.key, query);
			const m = index.byNumber.get(place.kommunenummer);
			if (score > 0 && m)
				results.push({
					kind: 'place',
					...municipalityFields(m),
					poststed: place.poststed,
					score: score - 30
				});
		}
	}
	const population = (r: SearchResult) => index.byNumber.get(r.kommunenummer)?.population ?? 0;
	return results
		.sort((a, b) => b.score - a.score || population(b) - population(a) || a.name.localeCompare(b.name, 'nb'))
		.slice(0, limit);
}

function searchNumber(index: SearchIndex, digits: string, limit: number): SearchResult[] {
	const results: SearchResult[] = [];
	if (digits.length === 4) {
		const m = index.byNumber.get(digits);
		if (m) results.push({ kind: 'municipality', ...municipalityFields(m), score: 90 });
	}
	for (const [postnummer, poststed, kommunenummer] of index.postalCodes) {
		if (!postnummer.startsWith(digits)) continue;
		const m = index.byNumber.get(kommunenummer);
		if (!m) continue;
		results.push({
			kind: 'postal_code',
			...municipalityFields(m),
			postnummer,
			poststed,
			score: postnummer === digits ? 100 : 50
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
