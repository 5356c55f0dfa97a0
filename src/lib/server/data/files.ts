// Where the data build's outputs live, and where the repository is. The data build (scripts/) writes these
// files and the server reads them: the contract lives here, in src/lib, because scripts/ may import src/lib
// but never the reverse.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATA_DIR = '.data';

export const DATA_FILES = {
	nationalTopology: 'web/municipalities-national.topo.json',
	countyTopology: 'web/municipalities-county.topo.json',
	/** The interactive map's national level of detail (src/lib/map/detail-levels.ts); its counties follow. */
	detailNational: 'web/detail/national.topo.json',
	reference: 'reference/reference.json',
	referenceSql: 'seed/reference.sql',
	demoSql: 'seed/demo.sql',
	stamp: 'build-stamp.json'
} as const;

/** The interactive map's county level of detail: one file per county. */
export const detailCountyFile = (fylkesnummer: string) => `web/detail/county-${fylkesnummer}.topo.json`;

/** The prebuilt embedded database (migrations and seeds applied), made after the data build. */
export const EMBEDDED_TEMPLATE = {
	dump: 'embedded/template.tar.gz',
	manifest: 'embedded/template.json'
} as const;

let root: string | undefined;

/**
 * The repository folder: KOORDINATORKART_ROOT if set, else the nearest folder above this module (in src/
 * under `vite dev`, in build/server/ after `vite build`) that holds the migrations. Not the working
 * directory, so the server finds its data wherever it is started from.
 */
export function projectRoot(): string {
	if (process.env.KOORDINATORKART_ROOT) return resolve(process.env.KOORDINATORKART_ROOT);
	if (root) return root;
	let dir = dirname(fileURLToPath(import.meta.url));
	for (;;) {
		if (existsSync(join(dir, 'supabase', 'migrations')) && existsSync(join(dir, 'package.json')))
			return (root = dir);
		const parent = dirname(dir);
		if (parent === dir) return (root = process.cwd());
		dir = parent;
	}
}

/** A data build output's path. */
export const dataPath = (file: string) => join(projectRoot(), DATA_DIR, file);
