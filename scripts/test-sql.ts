// SQL tests on a real PostgreSQL: makes a fresh test database the way a Supabase project is made (the
// migrations pushed by the Supabase CLI, then the seeds; scripts/testing/test-database.ts), runs Supabase's
// own checks on it (`supabase db lint` with plpgsql_check, `supabase db advisors`), failing on any finding,
// then loads the pgTAP helpers and runs supabase/tests/*.test.sql with pg_prove.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import {
	connectionFor,
	createTestDatabase,
	supabaseCli,
	TEST_DATABASE,
	urlFor
} from './testing/test-database.ts';

const testsDir = join(process.cwd(), 'supabase', 'tests');

function fail(message: string): never {
	console.error(`test:sql: ${message}`);
	process.exit(1);
}

try {
	await createTestDatabase(TEST_DATABASE);
	// Before the pgTAP helpers go in: the checks are about the project's schema, not the test tooling.
	console.log(
		supabaseCli([
			'db',
			'lint',
			'--db-url',
			urlFor(TEST_DATABASE),
			'--level',
			'warning',
			'--fail-on',
			'warning'
		])
	);
	console.log(
		supabaseCli(['db', 'advisors', '--db-url', urlFor(TEST_DATABASE), '--level', 'warn', '--fail-on', 'warn'])
	);
	const db = new pg.Client(connectionFor(TEST_DATABASE));
	await db.connect();
	await db.query(readFileSync(join(testsDir, 'helpers', 'test_helpers.sql'), 'utf8'));
	await db.end();
} catch (error) {
	fail(error instanceof Error ? error.message : String(error));
}

const files = readdirSync(testsDir)
	.filter((f) => f.endsWith('.test.sql'))
	.sort()
	.map((f) => join(testsDir, f));
const conn = connectionFor(TEST_DATABASE);
const env = {
	...process.env,
	PGDATABASE: TEST_DATABASE,
	...(conn.host ? { PGHOST: String(conn.host) } : {}),
	...(conn.port ? { PGPORT: String(conn.port) } : {}),
	...(conn.user ? { PGUSER: conn.user } : {}),
	...(conn.password ? { PGPASSWORD: String(conn.password) } : {})
};
const result = spawnSync('pg_prove', ['--verbose', '--failures', ...files], { stdio: 'inherit', env });
if (result.error)
	fail(`could not run pg_prove (${result.error.message}); install pgTAP's pg_prove (README.md).`);
process.exit(result.status ?? 1);
