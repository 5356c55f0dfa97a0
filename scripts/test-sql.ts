// SQL tests on a real PostgreSQL: makes a fresh test database from the migrations and seeds (the same files
// Supabase and the embedded default use), loads the pgTAP helpers and runs supabase/tests/*.test.sql with
// pg_prove. The server is named by KOORDINATORKART_TEST_DATABASE_URL (default: the local server's socket).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import pg from 'pg';
import { demoSeed, migrations, referenceSeed } from '../src/lib/server/db/schema.ts';

// Its own name per work tree (KOORDINATORKART_TEST_DATABASE_NAME), so that two test runs on one server do not meet.
const DATABASE = process.env.KOORDINATORKART_TEST_DATABASE_NAME ?? 'koordinatorkart_test';
const serverUrl = new URL(
	process.env.KOORDINATORKART_TEST_DATABASE_URL ?? 'postgresql:///postgres?host=/var/run/postgresql'
);
const testsDir = join(process.cwd(), 'supabase', 'tests');

function connectionFor(database: string): pg.ClientConfig {
	return {
		host: serverUrl.searchParams.get('host') ?? (serverUrl.hostname || undefined),
		port: serverUrl.port ? Number(serverUrl.port) : undefined,
		user: serverUrl.username
			? decodeURIComponent(serverUrl.username)
			: (process.env.PGUSER ?? userInfo().username),
		password: serverUrl.password ? decodeURIComponent(serverUrl.password) : undefined,
		database
	};
}

async function createTestDatabase() {
	const admin = new pg.Client(connectionFor(serverUrl.pathname.slice(1) || 'postgres'));
	try {
		await admin.connect();
	} catch (error) {
		throw new Error(
			`SQL tests need a running PostgreSQL with pgTAP (${(error as Error).message}). ` +
				'Start one and set KOORDINATORKART_TEST_DATABASE_URL (see README.md, "Tests").'
		);
	}
	await admin.query(`drop database if exists ${DATABASE} with (force)`);
	await admin.query(`create database ${DATABASE}`);
	await admin.end();

	const db = new pg.Client(connectionFor(DATABASE));
	await db.connect();
	for (const file of [...migrations(), referenceSeed(), demoSeed()]) {
		try {
			await db.query(file.sql);
		} catch (error) {
			throw new Error(`${file.name}: ${(error as Error).message}`);
		}
	}
	await db.query(readFileSync(join(testsDir, 'helpers', 'test_helpers.sql'), 'utf8'));
	await db.end();
}

await createTestDatabase().catch((error: unknown) => {
	console.error(`test:sql: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});

const files = readdirSync(testsDir)
	.filter((f) => f.endsWith('.test.sql'))
	.sort()
	.map((f) => join(testsDir, f));
const conn = connectionFor(DATABASE);
const env = {
	...process.env,
	PGDATABASE: DATABASE,
	...(conn.host ? { PGHOST: String(conn.host) } : {}),
	...(conn.port ? { PGPORT: String(conn.port) } : {}),
	...(conn.user ? { PGUSER: conn.user } : {}),
	...(conn.password ? { PGPASSWORD: String(conn.password) } : {})
};
const result = spawnSync('pg_prove', ['--verbose', '--failures', ...files], { stdio: 'inherit', env });
if (result.error) {
	console.error(
		`test:sql: could not run pg_prove (${result.error.message}); install pgTAP's pg_prove (README.md).`
	);
	process.exit(1);
}
process.exit(result.status ?? 1);
