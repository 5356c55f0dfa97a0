// The search index: municipalities under every official name form, postal codes, place names (poststed) and
// the 2020 municipalities (old names and numbers) that now lie in each. Compact as JSON for the browser
// (fetched once, then every keystroke is answered locally).
import { searchKey } from './normalize.ts';

/** [kommunenummer, official name, Norwegian name, other name forms, population] */
export type CompactMunicipality = [string, string, string, string[], number];
/** [postnummer, poststed, kommunenummer] */
export type CompactPostalCode = [string, string, string];
/** [kommunenummer in 2020, name in 2020, today's kommunenummer] */
export type CompactFormer = [string, string, string];

export interface CompactSearchIndex {
	municipalities: CompactMunicipality[];
	postalCodes: CompactPostalCode[];
	former?: CompactFormer[];
}

export interface MunicipalityEntry {
	kommunenummer: string;
	name: string;
	nameNorwegian: string;
	population: number;
	/** Search keys of the whole name and of each name form. */
	keys: string[];
	/** Names of 2020 municipalities now (partly) in this one that are no longer a name of any municipality. */
	formerNames: { key: string; name: string }[];
}

export interface PlaceEntry {
	poststed: string;
	kommunenummer: string;
	key: string;
}

export interface FormerNumber {
	kommunenummer2020: string;
	name2020: string;
	kommunenummer: string;
}

export interface SearchIndex {
	municipalities: MunicipalityEntry[];
	byNumber: Map<string, MunicipalityEntry>;
	postalCodes: CompactPostalCode[];
	places: PlaceEntry[];
	/** 2020 kommunenummer → today's municipalities, where the number has changed. */
	formerNumbers: Map<string, FormerNumber[]>;
}

export function buildSearchIndex(compact: CompactSearchIndex): SearchIndex {
	const municipalities: MunicipalityEntry[] = compact.municipalities.map(
		([kommunenummer, name, nameNorwegian, otherNames, population]) => ({
			kommunenummer,
			name,
			nameNorwegian,
			population,
			keys: [...new Set([name, nameNorwegian, ...otherNames].map(searchKey))],
			formerNames: []
		})
	);
	const byNumber = new Map(municipalities.map((m) => [m.kommunenummer, m]));
	const currentKeys = new Set(municipalities.flatMap((m) => m.keys));
	const formerNumbers = new Map<string, FormerNumber[]>();
	for (const [kommunenummer2020, name2020, kommunenummer] of compact.former ?? []) {
		const today = byNumber.get(kommunenummer);
		if (!today) continue;
		const key = searchKey(name2020);
		if (!currentKeys.has(key) && !today.formerNames.some((f) => f.key === key))
			today.formerNames.push({ key, name: name2020 });
		if (kommunenummer2020 !== kommunenummer)
			formerNumbers.set(kommunenummer2020, [
				...(formerNumbers.get(kommunenummer2020) ?? []),
				{ kommunenummer2020, name2020, kommunenummer }
			]);
	}
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
	return { municipalities, byNumber, postalCodes: compact.postalCodes, places, formerNumbers };
}
