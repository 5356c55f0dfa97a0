// The search index: municipalities under every official name form, postal codes and place names (poststed).
// Compact as JSON for the browser (fetched once, then every keystroke is answered locally).
import { searchKey } from './normalize.ts';

/** [kommunenummer, official name, Norwegian name, other name forms, population] */
export type CompactMunicipality = [string, string, string, string[], number];
/** [postnummer, poststed, kommunenummer] */
export type CompactPostalCode = [string, string, string];

export interface CompactSearchIndex {
	municipalities: CompactMunicipality[];
	postalCodes: CompactPostalCode[];
}

export interface MunicipalityEntry {
	kommunenummer: string;
	name: string;
	nameNorwegian: string;
	population: number;
	/** Search keys of the whole name and of each name form. */
	keys: string[];
}

export interface PlaceEntry {
	poststed: string;
	kommunenummer: string;
	key: string;
}

export interface SearchIndex {
	municipalities: MunicipalityEntry[];
	byNumber: Map<string, MunicipalityEntry>;
	postalCodes: CompactPostalCode[];
	places: PlaceEntry[];
}

export function buildSearchIndex(compact: CompactSearchIndex): SearchIndex {
	const municipalities = compact.municipalities.map(
		([kommunenummer, name, nameNorwegian, otherNames, population]) => ({
			kommunenummer,
			name,
			nameNorwegian,
			population,
			keys: [...new Set([name, nameNorwegian, ...otherNames].map(searchKey))]
		})
	);
	const byNumber = new Map(municipalities.map((m) => [m.kommunenummer, m]));
	const seen = new Set<string>();
	const places: PlaceEntry[] = [];
	for (const [, poststed, kommunenummer] of compact.postalCodes) {
		const id = `${poststed}|${kommunenummer}`;
		if (seen.has(id)) continue;
		seen.add(id);
		const key = searchKey(poststed);
		// A place that is the municipality's own name adds nothing.
		if (byNumber.get(kommunenummer)?.keys.includes(key)) continue;
		places.push({ poststed, kommunenummer, key });
	}
	return { municipalities, byNumber, postalCodes: compact.postalCodes, places };
}
