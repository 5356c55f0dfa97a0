// A fresh test database on a real PostgreSQL, made as a Supabase project's is: the migrations go in with the
// Supabase CLI's own runner (`supabase db push --db-url`, no Docker needed), then the seeds (the same files
// Supabase and the embedded default load). Shared by the SQL tests (scripts/test-sql.ts) and the Vitest
// suites that need the real database (the history property test). The server is named by
// KOORDINATORKART_TEST_DATABASE_URL (default: the local server's socket); each work tree names its databases
// with KOORDINATORKART_TEST_DATABASE_NAME, so that two test runs on one server do not meet.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import pg from 'pg';
import { demoSeed, projectRoot, referenceSeed } from '../../src/lib/server/db/schema.ts';

export const TEST_DATABASE = process.env.KOORDINATORKART_TEST_DATABASE_NAME ?? 'koordinatorkart_test';

const serverUrl = () =>
	new URL(process.env.KOORDINATORKART_TEST_DATABASE_URL ?? 'postgresql:///postgres?host=/var/run/postgresql');

/** Connection settings for one database on the test server. */
export function connectionFor(database: string): pg.ClientConfig {
	const url = serverUrl();
	return {
		host: url.searchParams.get('host') ?? (url.hostname || undefined),
		port: url.port ? Number(url.port) : undefined,
		user: url.username ? decodeURIComponent(url.username) : (process.env.PGUSER ?? userInfo().username),
		password: url.password ? decodeURIComponent(url.password) : undefined,
		database
	};
}

/** The same, as the percent-encoded URL the Supabase CLI takes. */
export function urlFor(database: string): string {
	const url = serverUrl();
	if (!url.hostname) url.hostname = 'localhost'; // a socket: the CLI wants a host name, the socket is ?host=
	if (!url.username) url.username = encodeURIComponent(process.env.PGUSER ?? userInfo().username);
	url.pathname = `/${encodeURIComponent(database)}`;
	return url.toString();
}

/** Runs the project's Supabase CLI (the pinned dev dependency) and returns its output; throws on failure. */
export function supabaseCli(args: string[]): string {
	const bin = join(projectRoot(), 'node_modules', '.bin', 'supabase');
	const result = spawnSync(bin, args, { cwd: projectRoot(), encoding: 'utf8', timeout: 300_000 });
	const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
	if (result.error || result.status !== 0) {
		throw new Error(
			`supabase ${args[0]} ${args[1] ?? ''} failed${result.error ? ` (${result.error.message})` : ''}:\n${output}`
		);
	}
	return output;
}

/** Drops and makes `database`, pushes the migrations with the Supabase CLI and loads the seeds. */
export async function createTestDatabase(database: string): Promise<void> {
	const admin = new pg.Client(connectionFor(serverUrl().pathname.slice(1) || 'postgres'));
	try {
		await admin.connect();
	} catch (error) {
		throw new Error(
			`the SQL tests need a running PostgreSQL with pgTAP (${(error as Error).message}). ` +
				'Start one and set KOORDINATORKART_TEST_DATABASE_URL (see README.md, "Tests").'
		);
	}
	await admin.query(`drop database if exists ${pg.escapeIdentifier(database)} with (force)`);
	await admin.query(`create database ${pg.escapeIdentifier(database)}`);
	await admin.end();

	supabaseCli(['db', 'push', '--db-url', urlFor(database), '--yes']);

	const db = new pg.Client(connectionFor(database));
	await db.connect();
	try {
		for (const file of [referenceSeed(), demoSeed()]) {
			try {
				await db.query(file.sql);
			} catch (error) {
				throw new Error(`${file.name}: ${(error as Error).message}`);
			}
		}
	} finally {
		await db.end();
	}
}

/**
 * Whether the test server answers. In CI, and wherever a server is named (KOORDINATORKART_TEST_DATABASE_URL),
 * a missing server is a failure, not a skip; only without a configured server and without the default local
 * one are the tests skipped, and they say so (`what`: which tests).
 */
export async function serverAvailable(what: string): Promise<boolean> {
	const admin = new pg.Client(connectionFor('postgres'));
	try {
		await admin.connect();
		await admin.end();
		return true;
	} catch (error) {
		if (process.env.KOORDINATORKART_TEST_DATABASE_URL || process.env.CI) throw error;
		console.warn(
			`${what} skipped: no PostgreSQL at the default socket (${(error as Error).message}); ` +
				'set KOORDINATORKART_TEST_DATABASE_URL (README.md, "Tests").'
		);
		return false;
	}
}
