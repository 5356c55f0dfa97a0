// The prebuilt embedded database: the migrations, reference data and demo data applied once in PGlite and
// saved as a tarball in .data/, so that a new embedded database (the first `npm run dev` on a fresh clone, a
// test's in-memory database) starts in about a second. Rebuilt only when what it is made of changes.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { databaseRecipe, openEmbedded } from '../../src/lib/server/db/embedded.ts';
import { dataPath, EMBEDDED_TEMPLATE } from '../../src/lib/server/data/files.ts';

async function writeAtomically(path: string, content: string | Uint8Array) {
	await mkdir(dirname(path), { recursive: true });
	await writeFile(`${path}.tmp`, content);
	await rename(`${path}.tmp`, path);
}

export async function buildEmbeddedTemplate({ force = false, log = console.log } = {}) {
	const recipe = databaseRecipe();
	const manifestPath = dataPath(EMBEDDED_TEMPLATE.manifest);
	if (
		!force &&
		existsSync(manifestPath) &&
		existsSync(dataPath(EMBEDDED_TEMPLATE.dump)) &&
		JSON.parse(readFileSync(manifestPath, 'utf8')).recipe === recipe
	) {
		log(`data: embedded database template up to date`);
		return;
	}
	const started = Date.now();
	const db = await openEmbedded({ dataDir: 'memory://', useTemplate: false });
	const dump = await db.dumpDataDir('gzip');
	await db.close();
	// The dump first, then the manifest that vouches for it.
	await writeAtomically(dataPath(EMBEDDED_TEMPLATE.dump), new Uint8Array(await dump.arrayBuffer()));
	await writeAtomically(manifestPath, JSON.stringify({ recipe, builtAt: new Date().toISOString() }));
	log(
		`data: embedded database template in ${Date.now() - started} ms (${(dump.size / 2 ** 20).toFixed(1)} MiB)`
	);
}
