// Embedded default: the same migrations and seeds in PGlite (PostgreSQL in WebAssembly), persisted in an
// ignored folder, so that a fresh clone runs with no services. Queries run as the role and JWT claims a
// Supabase request would have, so row-level security decides here too.
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { createReadStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { createGunzip, gunzip } from 'node:zlib';
import { join } from 'node:path';
import { unpackTar } from 'modern-tar/fs';
import { assertIdentifier, DatabaseRefusal, type Caller, type RpcArgs, type Transport } from './transport.ts';
import { demoSeed, hashOf, migrations, projectRoot, referenceSeed } from './schema.ts';
import { baselineAdoption, isBaselineMigration, PRE_BASELINE_MIGRATIONS } from './baseline.ts';
import { ACCOUNTS_DDL, embeddedAccounts } from '../auth/embedded-accounts.ts';
import { dataPath, EMBEDDED_TEMPLATE } from '../data/files.ts';

const gunzipped = promisify(gunzip);

export interface EmbeddedOptions {
	/** A folder for the database files, or 'memory://' for a throw-away database. */
	dataDir: string;
	/** Load the demo data into a new database. */
	demo?: boolean;
	/** Start a new database from the prebuilt template when it was made from today's files (default). */
	useTemplate?: boolean;
	log?: (message: string) => void;
}

/**
 * What a new database is made of: every migration, both seeds, the accounts table and the PGlite version.
 * The prebuilt template (scripts/data/embedded-template.ts) records it, and is used only while it matches.
 */
export function databaseRecipe(): string {
	const pglite = JSON.parse(
		readFileSync(join(projectRoot(), 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')
	) as { version: string };
	const parts = [
		...migrations().map((m) => `${m.name}:${m.hash}`),
		referenceSeed().hash,
		demoSeed().hash,
		hashOf(ACCOUNTS_DDL),
		pglite.version
	];
	return hashOf(parts.join('\n'));
}

/** The prebuilt database's file (a gzipped tar), if it was made from today's files; else null (built the slow way). */
async function matchingTemplate(): Promise<string | null> {
	// KOORDINATORKART_EMBEDDED_TEMPLATE=0 builds every new database the slow way (the bench's baseline).
	if (process.env.KOORDINATORKART_EMBEDDED_TEMPLATE === '0') return null;
	try {
		const manifest = JSON.parse(await readFile(dataPath(EMBEDDED_TEMPLATE.manifest), 'utf8')) as {
			recipe: string;
		};
		return manifest.recipe === databaseRecipe() ? dataPath(EMBEDDED_TEMPLATE.dump) : null;
	} catch {
		return null;
	}
}

/**
 * A new database folder made from the template: unpacked beside it and renamed into place, so that a start
 * cut short leaves no half-made database behind. False if the folder is there already and not empty (PGlite
 * then loads the template itself). Streamed through zlib and written with Node's asynchronous file calls:
 * PGlite's own `loadDataDir` writes the same thousand files with synchronous calls on the main thread (about
 * 1.5 s in which `vite dev` could do nothing else).
 */
async function unpackTemplate(template: string, dataDir: string): Promise<boolean> {
	if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) return false;
	const unpacking = `${dataDir}.unpacking-${process.pid}`;
	try {
		await pipeline(createReadStream(template), createGunzip(), unpackTar(unpacking, { concurrency: 8 }));
		await rm(dataDir, { recursive: true, force: true });
		await rename(unpacking, dataDir);
		return true;
	} finally {
		await rm(unpacking, { recursive: true, force: true });
	}
}

export function defaultDataDir(): string {
	return join(projectRoot(), '.data', 'pglite');
}

/** Opens the database and brings it up to date: new migrations, changed reference data, demo data once. */
export async function openEmbedded({
	dataDir,
	demo = true,
	useTemplate = true,
	log = () => {}
}: EmbeddedOptions): Promise<PGlite> {
	const inMemory = dataDir.startsWith('memory://');
	// A new database starts from the prebuilt template (about 1 s) instead of running every migration and
	// seed in WebAssembly (15 s or more): the first page after `npm run dev` on a fresh clone. On disk it is
	// unpacked before PGlite starts; in memory PGlite loads it.
	const isNew = inMemory || !existsSync(join(dataDir, 'PG_VERSION'));
	const template = isNew && demo && useTemplate ? await matchingTemplate() : null;
	const unpacked = template !== null && !inMemory && (await unpackTemplate(template, dataDir));
	if (!inMemory) mkdirSync(dataDir, { recursive: true });
	const db = await PGlite.create(dataDir, {
		extensions: { btree_gist },
		...(template && !unpacked
			? // zlib answers in a buffer of its own, never a shared one.
				{ loadDataDir: new Blob([(await gunzipped(await readFile(template))) as Uint8Array<ArrayBuffer>]) }
			: {})
	});
	if (template) log('embedded database: started from the prebuilt template');
	await db.exec(`
		create schema if not exists koordinatorkart_embedded;
		create table if not exists koordinatorkart_embedded.applied (
			name text primary key, hash text not null, applied_at timestamptz not null default now()
		);
	`);
	const applied = new Map(
		(
			await db.query<{ name: string; hash: string }>(
				'select name, hash from koordinatorkart_embedded.applied'
			)
		).rows.map((r) => [r.name, r.hash])
	);
	// A database made by the migrations the baseline replaced has the baseline's schema: record the baseline
	// as applied instead of running it, so that its data stays (src/lib/server/db/baseline.ts).
	const adoption = baselineAdoption(applied);
	if (adoption !== 'none') {
		if (adoption !== 'adopt') {
			await db.close();
			throw new Error(`embedded database ${dataDir}: ${adoption.problem}. Delete ${dataDir} to rebuild it.`);
		}
		const baseline = migrations().filter((m) => isBaselineMigration(m.name));
		const old = PRE_BASELINE_MIGRATIONS.map(([name]) => name);
		await db.transaction(async (tx) => {
			await tx.query('delete from koordinatorkart_embedded.applied where name = any($1)', [old]);
			for (const m of baseline)
				await tx.query('insert into koordinatorkart_embedded.applied (name, hash) values ($1, $2)', [
					m.name,
					m.hash
				]);
		});
		for (const name of old) applied.delete(name);
		for (const m of baseline) applied.set(m.name, m.hash);
		log('embedded database: made by the migrations before the baseline; recorded the baseline as applied');
	}
	const apply = async (name: string, sql: string, hash: string) => {
		await db.transaction(async (tx) => {
			await tx.exec(sql.replace(/^\s*(begin|commit);\s*$/gim, ''));
			await tx.query(
				`insert into koordinatorkart_embedded.applied (name, hash) values ($1, $2)
				 on conflict (name) do update set hash = excluded.hash, applied_at = now()`,
				[name, hash]
			);
		});
		log(`embedded database: applied ${name}`);
	};
	for (const m of migrations()) {
		if (!applied.has(m.name)) await apply(m.name, m.sql, m.hash);
		else if (applied.get(m.name) !== m.hash) {
			log(
				`embedded database: migration ${m.name} changed after it was applied; delete ${dataDir} to rebuild`
			);
		}
	}
	await db.exec(ACCOUNTS_DDL);
	const reference = referenceSeed();
	if (applied.get('seed:reference') !== reference.hash)
		await apply('seed:reference', reference.sql, reference.hash);
	if (demo && !applied.has('seed:demo')) {
		const seed = demoSeed();
		await apply('seed:demo', seed.sql, seed.hash);
	}
	return db;
}

export function embeddedTransport(db: PGlite): Transport {
	return {
		name: 'embedded',
		async rpc<T>(fn: string, args: RpcArgs, caller?: Caller): Promise<T> {
			const names = Object.keys(args).map(assertIdentifier);
			const call = `public.${assertIdentifier(fn)}(${names.map((n, i) => `${n} => $${i + 1}`).join(', ')})`;
			// As PostgREST does: the role and the JWT claims of the request (anonymous, or the signed-in user).
			const claims = caller
				? { role: 'authenticated', sub: caller.userId, email: caller.email }
				: { role: 'anon' };
			try {
				return await db.transaction(async (tx) => {
					await tx.query(`select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`, [
						claims.role,
						JSON.stringify(claims)
					]);
					const result = await tx.query<{ result: T }>(
						`select to_jsonb(${call}) as result`,
						names.map((n) => args[n])
					);
					return result.rows[0].result;
				});
			} catch (error) {
				const e = error as { code?: string; constraint?: string; message?: string };
				if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code))
					throw new DatabaseRefusal(e.message ?? 'refused', e.code, e.constraint ?? null);
				throw error;
			}
		},
		accounts: embeddedAccounts(db),
		close: () => db.close()
	};
}
