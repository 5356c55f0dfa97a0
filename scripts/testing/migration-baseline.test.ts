// The squashed migrations (supabase/migrations/, the baseline) make exactly the schema the old chain of 35
// made (src/lib/server/db/baseline.ts): each is applied to a fresh database on a real PostgreSQL, and
// `pg_dump --schema-only` of the two (tables, constraints, functions with their bodies, triggers, policies,
// grants, comments) must be the same after sorting its entries, and so must the catalogue query PGlite is
// compared by (scripts/testing/embedded-baseline.test.ts).
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { migrations, type SqlFile } from '../../src/lib/server/db/schema.ts';
import { connectionFor, serverAvailable, TEST_DATABASE } from './test-database.ts';
import { preBaselineMigrations } from './pre-baseline.ts';
import { catalogueSchema, dumpSchema } from './schema-snapshot.ts';

const available = await serverAvailable('migration baseline tests');
const oldChain = preBaselineMigrations();
if (!oldChain)
	console.warn('migration baseline tests skipped: the commit before the baseline is not in this clone');

const CHAIN = `${TEST_DATABASE}_old_chain`;
const BASELINE = `${TEST_DATABASE}_baseline`;

async function admin(sql: string): Promise<void> {
	const db = new pg.Client(connectionFor('postgres'));
	await db.connect();
	try {
		await db.query(sql);
	} finally {
		await db.end();
	}
}

/** A fresh database with `files` applied, each in one transaction; returns a connection to it. */
async function databaseFrom(name: string, files: SqlFile[]): Promise<pg.Client> {
	await admin(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
	await admin(`create database ${pg.escapeIdentifier(name)}`);
	const db = new pg.Client(connectionFor(name));
	await db.connect();
	for (const file of files) {
		try {
			await db.query(`begin;\n${file.sql}\n;commit;`);
		} catch (error) {
			throw new Error(`${file.name}: ${(error as Error).message}`);
		}
	}
	return db;
}

describe.skipIf(!available || !oldChain)('the baseline migrations', () => {
	const open: pg.Client[] = [];
	afterAll(async () => {
		await Promise.all(open.map((db) => db.end()));
		for (const name of [CHAIN, BASELINE])
			await admin(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
	});

	it('make the schema the old chain made: pg_dump and the catalogue are the same', async () => {
		const chain = await databaseFrom(CHAIN, oldChain!);
		const baseline = await databaseFrom(BASELINE, migrations());
		open.push(chain, baseline);

		const chainDump = dumpSchema(connectionFor(CHAIN));
		expect(chainDump).toContain('CREATE FUNCTION public.save_arrangement');
		expect(dumpSchema(connectionFor(BASELINE))).toBe(chainDump);

		const query = (db: pg.Client) => (sql: string) => db.query<{ line: string }>(sql);
		const chainCatalogue = await catalogueSchema(query(chain));
		expect(chainCatalogue).toContain('policy public.arrangement.staff read programme data');
		expect(await catalogueSchema(query(baseline))).toBe(chainCatalogue);
	});
});
