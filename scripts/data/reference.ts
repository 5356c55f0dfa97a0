// Reference data from SSB, Kartverket and Bring CSV files: counties, municipalities with every official name
// form, population by year, and postal codes on the mainland.
import { parse } from 'csv-parse/sync';

import type { Population, PostalCode, ReferenceData } from '../../src/lib/server/data/reference-data.ts';
export type {
	County,
	FormerMunicipality,
	Municipality,
	Population,
	PostalCode,
	ReferenceData
} from '../../src/lib/server/data/reference-data.ts';

/** Svalbard and Jan Mayen have postal codes but are not municipalities. */
export const NOT_MUNICIPALITIES = new Set(['2100', '2211']);

type Row = Record<string, string>;

function rows(csv: string): Row[] {
	return parse(csv, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Row[];
}

function required(row: Row, column: string, file: string): string {
	const value = row[column];
	if (value === undefined || value === '')
		throw new Error(`${file}: empty ${column} in ${JSON.stringify(row)}`);
	return value;
}

const orNull = (value: string | undefined) => (value ? value : null);

export function parseReferenceData(files: {
	counties: string;
	municipalities: string;
	population: string;
	postalCodes: string;
}): ReferenceData {
	const counties = rows(files.counties).map((r) => ({
		fylkesnummer: required(r, 'fylkesnummer', 'fylker'),
		name: required(r, 'fylkesnavn', 'fylker'),
		name_norwegian: required(r, 'fylkesnavn_norsk', 'fylker')
	}));
	const municipalities = rows(files.municipalities).map((r) => ({
		kommunenummer: required(r, 'kommunenummer', 'kommuner'),
		fylkesnummer: required(r, 'fylkesnummer', 'kommuner'),
		name: required(r, 'kommunenavn', 'kommuner'),
		name_norwegian: required(r, 'navn_norsk', 'kommuner'),
		name_north_sami: orNull(r.navn_nordsamisk),
		name_lule_sami: orNull(r.navn_lulesamisk),
		name_south_sami: orNull(r.navn_sorsamisk),
		name_kven: orNull(r.navn_kvensk),
		administrative_centre: orNull(r.administrasjonssenter),
		written_standard: orNull(r.malform),
		area_km2: r.areal_km2 ? Number(r.areal_km2) : null,
		sami_administrative_area: r.samisk_forvaltningsomrade === 'true'
	}));
	const population: Population[] = [];
	for (const r of rows(files.population)) {
		for (const [column, value] of Object.entries(r)) {
			const match = /^folkemengde_(\d{4})$/.exec(column);
			if (match && value !== '') {
				population.push({
					kommunenummer: required(r, 'kommunenummer', 'befolkning'),
					year: Number(match[1]),
					population: Number(value)
				});
			}
		}
	}
	const postalCodes = rows(files.postalCodes)
		.filter((r) => !NOT_MUNICIPALITIES.has(r.kommunenummer))
		.map((r) => ({
			postnummer: required(r, 'postnummer', 'postnummer'),
			poststed: required(r, 'poststed', 'postnummer'),
			kommunenummer: required(r, 'kommunenummer', 'postnummer'),
			category: required(r, 'kategori', 'postnummer') as PostalCode['category']
		}));
	return { counties, municipalities, population, postalCodes };
}
