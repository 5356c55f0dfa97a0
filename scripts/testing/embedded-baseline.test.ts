// An embedded database made by the migrations the baseline replaced (an existing .data/pglite) keeps its data:
// opened now, it is recorded as at the baseline without running it, a row edited before is still there, and
// its schema is the one a new database gets from the baseline (the catalogue, scripts/testing/schema-snapshot.ts).
// One that applied only some of the old files is refused with what to do.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { openEmbedded } from '../../src/lib/server/db/embedded.ts';
import { demoSeed, migrations, referenceSeed, type SqlFile } from '../../src/lib/server/db/schema.ts';
import { isBaselineMigration } from '../../src/lib/server/db/baseline.ts';
import { preBaselineMigrations } from './pre-baseline.ts';
import { catalogueSchema } from './schema-snapshot.ts';

const oldChain = preBaselineMigrations();
if (!oldChain)
	console.warn('embedded baseline tests skipped: the commit before the baseline is not in this clone');

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A database folder as the embedded default made it before the baseline: `files` applied and recorded. */
async function madeTheOldWay(files: SqlFile[]): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'kk-embedded-baseline-'));
	dirs.push(dir);
	const db = await PGlite.create(dir, { extensions: { btree_gist } });
	await db.exec(`
		create schema koordinatorkart_embedded;
		create table koordinatorkart_embedded.applied (
			name text primary key, hash text not null, applied_at timestamptz not null default now()
		);`);
	for (const file of files) {
		await db.transaction(async (tx) => {
			await tx.exec(file.sql);
			await tx.query('insert into koordinatorkart_embedded.applied (name, hash) values ($1, $2)', [
				file.name.startsWith('seed')
					? `seed:${file.name.includes('demo') ? 'demo' : 'reference'}`
					: file.name,
				file.hash
			]);
		});
	}
	await db.close();
	return dir;
}

const applied = async (db: PGlite) =>
	(
		await db.query<{ name: string }>('select name from koordinatorkart_embedded.applied order by name')
	).rows.map((r) => r.name);

describe.skipIf(!oldChain)('an embedded database made before the baseline', () => {
	it('is recorded as at the baseline, keeps an edited row and has the baseline schema', async () => {
		const dir = await madeTheOldWay([...oldChain!, referenceSeed(), demoSeed()]);
		const before = await PGlite.create(dir, { extensions: { btree_gist } });
		const edited = (
			await before.query<{ id: string; version: number }>(
				`update public.coordinator set title = 'Kreftkoordinator (endret før baseline)'
				 where id = (select id from public.coordinator order by id limit 1) returning id, version`
			)
		).rows[0];
		await before.close();

		const log: string[] = [];
		const db = await openEmbedded({ dataDir: dir, useTemplate: false, log: (m) => log.push(m) });
		try {
			expect(log).toContain(
				'embedded database: made by the migrations before the baseline; recorded the baseline as applied'
			);
			// Nothing was run again: no migration and no seed (the demo seed would have failed on its own rows).
			expect(log.filter((m) => m.includes('applied '))).toEqual([]);
			const row = (
				await db.query<{ title: string; version: number }>(
					'select title, version from public.coordinator where id = $1',
					[edited.id]
				)
			).rows[0];
			expect(row).toEqual({ title: 'Kreftkoordinator (endret før baseline)', version: edited.version });
			expect(await applied(db)).toEqual([
				...migrations()
					.filter((m) => isBaselineMigration(m.name))
					.map((m) => m.name),
				'seed:demo',
				'seed:reference'
			]);

			const fresh = await openEmbedded({ dataDir: 'memory://' });
			try {
				const freshSchema = await catalogueSchema((sql) => fresh.query<{ line: string }>(sql));
				expect(freshSchema).toContain(
					'function public.lock_for_save(p_table regclass, p_id uuid, p_version integer)'
				);
				expect(await catalogueSchema((sql) => db.query<{ line: string }>(sql))).toBe(freshSchema);
			} finally {
				await fresh.close();
			}
		} finally {
			await db.close();
		}
		// Opened again, it is simply up to date.
		const again: string[] = [];
		const reopened = await openEmbedded({ dataDir: dir, useTemplate: false, log: (m) => again.push(m) });
		await reopened.close();
		expect(again).toEqual([]);
	}, 300_000);

	it('is refused, with what to do, when it applied only some of the old migrations', async () => {
		const dir = await madeTheOldWay(oldChain!.slice(0, 3));
		await expect(openEmbedded({ dataDir: dir, useTemplate: false })).rejects.toThrow(
			/no longer in the repository; it lacks 20260101000300_derived\.sql, .*Delete .* to rebuild it/
		);
	}, 120_000);
});
