// The prebuilt embedded database (made by `npm run data`, which runs before the tests) must be exactly what
// the migrations and seeds make, and a new database must start from it.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseRecipe, openEmbedded } from '../../src/lib/server/db/embedded.ts';
import { migrations } from '../../src/lib/server/db/schema.ts';
import { dataPath, EMBEDDED_TEMPLATE } from '../../src/lib/server/data/files.ts';

describe('embedded database template', () => {
	it('was made from the current migrations and seeds', () => {
		expect(existsSync(dataPath(EMBEDDED_TEMPLATE.dump))).toBe(true);
		const manifest = JSON.parse(readFileSync(dataPath(EMBEDDED_TEMPLATE.manifest), 'utf8'));
		expect(manifest.recipe).toBe(databaseRecipe());
	});

	it('starts a new database with every migration and both seeds applied', async () => {
		const log: string[] = [];
		const db = await openEmbedded({ dataDir: 'memory://', log: (m) => log.push(m) });
		try {
			expect(log).toEqual(['embedded database: started from the prebuilt template']);
			const applied = (
				await db.query<{ name: string }>('select name from koordinatorkart_embedded.applied order by name')
			).rows.map((r) => r.name);
			expect(applied).toEqual([...migrations().map((m) => m.name), 'seed:demo', 'seed:reference'].sort());
			const counts = (
				await db.query<{ municipalities: number; arrangements: number }>(
					`select (select count(*)::int from public.municipality) as municipalities,
					        (select count(*)::int from public.arrangement) as arrangements`
				)
			).rows[0];
			expect(counts.municipalities).toBe(357);
			expect(counts.arrangements).toBeGreaterThan(100);
		} finally {
			await db.close();
		}
	});

	it('starts a new database on disk from it, which keeps its edits when opened again', async () => {
		const parent = mkdtempSync(join(tmpdir(), 'koordinatorkart-template-'));
		const dataDir = join(parent, 'pglite');
		try {
			const log: string[] = [];
			const db = await openEmbedded({ dataDir, log: (m) => log.push(m) });
			expect(log).toEqual(['embedded database: started from the prebuilt template']);
			await db.query(`update public.municipality set name = 'Endret' where kommunenummer = '0301'`);
			await db.close();
			// Unpacked beside the folder and renamed into place: nothing is left beside it.
			expect(readdirSync(parent)).toEqual(['pglite']);
			const again = await openEmbedded({ dataDir, log: (m) => log.push(m) });
			const names = await again.query<{ name: string; n: number }>(
				`select (select name from public.municipality where kommunenummer = '0301') as name,
				        (select count(*)::int from public.municipality) as n`
			);
			expect(names.rows[0]).toEqual({ name: 'Endret', n: 357 });
			expect(log).toHaveLength(1);
			await again.close();
		} finally {
			rmSync(parent, { recursive: true, force: true });
		}
	});
});
