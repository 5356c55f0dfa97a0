// Where the data build reads its inputs: a directory or an http(s) base URL with the layout
// geo/<file>.topojson and data/<file>.csv (the layout of the project's shared input folder).
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SOURCE_ENV = 'KOORDINATORKART_SOURCE';

/** The files the build needs, relative to the source. */
export const SOURCE_FILES = {
	municipalityTopology: 'geo/Kommuner-S.topojson',
	/** The most detailed boundaries in the inputs: the interactive map's levels of detail are made from it. */
	detailedMunicipalityTopology: 'geo/Kommuner-M.topojson',
	/** The 2020 structure: where the municipalities people remember are today (for search). */
	municipalityTopology2020: 'geo/kommuner-2020-s.topojson',
	municipalities: 'data/kommuner_2024.csv',
	counties: 'data/fylker_2024.csv',
	population: 'data/befolkning_kommuner_2026.csv',
	postalCodes: 'data/postnummer_2026.csv'
} as const;

export type SourceKey = keyof typeof SOURCE_FILES;

/**
 * The configured source. Without the variable, a `shared` folder beside the repository (as on the
 * project's development and CI machines) is used; otherwise the build stops with instructions.
 */
export function resolveSource(env: NodeJS.ProcessEnv = process.env, repoRoot = process.cwd()): string {
	const configured = env[SOURCE_ENV]?.trim();
	if (configured)
		return /^https?:\/\//.test(configured) ? configured.replace(/\/+$/, '') : resolve(repoRoot, configured);
	const sibling = resolve(repoRoot, '../shared');
	if (existsSync(resolve(sibling, SOURCE_FILES.municipalityTopology))) return sibling;
	throw new Error(
		`No data source: set ${SOURCE_ENV} to a folder or URL holding ${Object.values(SOURCE_FILES).join(', ')} ` +
			'(see README.md, "Data").'
	);
}

export async function readSourceText(source: string, key: SourceKey): Promise<string> {
	const path = SOURCE_FILES[key];
	if (/^https?:\/\//.test(source)) {
		const response = await fetch(`${source}/${path}`);
		if (!response.ok) throw new Error(`${source}/${path}: HTTP ${response.status}`);
		return response.text();
	}
	return readFile(resolve(source, path), 'utf8');
}
