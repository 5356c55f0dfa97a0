// The search index from the built reference data (the same for every visitor; built once per process).
import type { ReferenceData } from './reference-data.ts';
import { DATA_FILES } from './files.ts';
import { buildSearchIndex, type CompactSearchIndex, type SearchIndex } from '$lib/search/index';
import { builtText } from './geometry.ts';

export function compactSearchIndexFrom(reference: ReferenceData): CompactSearchIndex {
	const latestYear = Math.max(...reference.population.map((p) => p.year));
	const population = new Map(
		reference.population.filter((p) => p.year === latestYear).map((p) => [p.kommunenummer, p.population])
	);
	return {
		municipalities: reference.municipalities.map((m) => [
			m.kommunenummer,
			m.name,
			m.name_norwegian,
			[m.name_north_sami, m.name_lule_sami, m.name_south_sami, m.name_kven].filter((n): n is string =>
				Boolean(n)
			),
			population.get(m.kommunenummer) ?? 0
		]),
		postalCodes: reference.postalCodes.map((p) => [p.postnummer, p.poststed, p.kommunenummer]),
		former: (reference.formerMunicipalities ?? []).map((f) => [
			f.kommunenummer_2020,
			f.name_2020,
			f.kommunenummer
		])
	};
}

let cached: { json: string; index: CompactSearchIndex } | undefined;

export function compactSearchIndex(): { json: string; index: CompactSearchIndex } {
	if (!cached) {
		const index = compactSearchIndexFrom(JSON.parse(builtText(DATA_FILES.reference)) as ReferenceData);
		cached = { json: JSON.stringify(index), index };
	}
	return cached;
}

let serverIndex: SearchIndex | undefined;

/** The index as the server searches it (for /sok without JavaScript). */
export function serverSearchIndex(): SearchIndex {
	serverIndex ??= buildSearchIndex(compactSearchIndex().index);
	return serverIndex;
}
