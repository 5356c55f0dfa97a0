// What every download says about itself: licence, sources and their terms (as ../shared/*/SOURCES.md state
// them), the municipality structure, the data date and version, and how to cite it. The /data page shows
// the same facts in the reader's language.
export const PROJECT_LICENCE = {
	name: 'CC BY 4.0',
	url: 'https://creativecommons.org/licenses/by/4.0/',
	attribution: 'Koordinatorkart / Kreftforeningen'
} as const;

export const SOURCES = [
	{
		what: 'Municipality and county boundaries and names, 2024 structure',
		attribution: 'Kartgrunnlag: © Kartverket',
		licence: 'CC BY 4.0',
		url: 'https://www.geonorge.no/'
	},
	{
		what: 'Population on 1 January (table 07459)',
		attribution: 'Kilde: Statistisk sentralbyrå (SSB), tabell 07459',
		licence: 'NLOD',
		url: 'https://data.norge.no/nlod/no/2.0'
	},
	{
		what: 'Postal codes (used by search, not in the downloads)',
		attribution: 'Postnummerregister: Posten Bring',
		licence: 'NLOD',
		url: 'https://data.norge.no/nlod/no/2.0'
	}
] as const;

export const STRUCTURE = { year: 2024, municipalities: 357, counties: 15 } as const;

export const POPULATION_NOTE =
	"SSB's population on 1 January. A year whose figures are not in the inputs uses the latest year before it, else the earliest year there is; the column population_year names the year used.";

/** Versions of the open data's format (the figures themselves change with every edit: see data_version). */
export const CHANGELOG = [
	{
		version: '1.0',
		date: '2026-12-01',
		key: 'v1'
	}
] as const;
export const FORMAT_VERSION = CHANGELOG[0].version;

export interface DatasetMeta {
	title: string;
	dataset: string;
	format_version: string;
	data_date: string;
	data_version: string;
	demo: boolean;
	structure: string;
	/** Which population year the figures use when SSB's figures for a year are not in the inputs. */
	population: string;
	licence: typeof PROJECT_LICENCE;
	sources: typeof SOURCES;
	citation: string;
}

const TITLES: Record<string, string> = {
	dekning: 'Cancer coordinator coverage per municipality today',
	historikk: 'Cancer coordinator coverage per municipality and year since 2012',
	kommuner: 'Municipality boundaries with cancer coordinator status today'
};

export function citation(dataDate: string): string {
	return `Koordinatorkart (Kreftforeningen): Kreftkoordinatorer i norske kommuner, data per ${dataDate}. CC BY 4.0.`;
}

export function datasetMeta(
	dataset: string,
	dataDate: string,
	dataVersion: string,
	demo: boolean
): DatasetMeta {
	return {
		title: TITLES[dataset] ?? dataset,
		dataset,
		format_version: FORMAT_VERSION,
		data_date: dataDate,
		data_version: dataVersion,
		demo,
		structure: `${STRUCTURE.year} municipality structure (${STRUCTURE.municipalities} municipalities, ${STRUCTURE.counties} counties) for every year, also the years before the mergers of 2020 and 2024. Reports of their time counted differently (428 municipalities in 2015): see /data#compare.`,
		population: POPULATION_NOTE,
		licence: PROJECT_LICENCE,
		sources: SOURCES,
		citation: citation(dataDate)
	};
}
