// npm run staff:add -- --email ola@example.org --role editor [--name "Ola Nordmann"]
// Creates a staff account in the embedded database (KOORDINATORKART_PGLITE_DIR, default .data/pglite). The
// password is read from KOORDINATORKART_STAFF_PASSWORD or from the first line of standard input, so that it
// does not end up in the shell history. With Supabase, invite staff in Supabase Auth and add them on the
// admin page instead.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { defaultDataDir, openEmbedded } from '../src/lib/server/db/embedded.ts';
import { embeddedAccounts } from '../src/lib/server/auth/embedded-accounts.ts';
import { existsSync } from 'node:fs';

// The same .env the app reads; variables already set in the shell win.
if (existsSync('.env')) process.loadEnvFile('.env');
const { values } = parseArgs({
	options: {
		email: { type: 'string' },
		role: { type: 'string', default: 'editor' },
		name: { type: 'string' }
	},
	strict: true
});
const role = values.role as 'editor' | 'admin' | 'none';
if (!values.email || !['editor', 'admin', 'none'].includes(role)) {
	console.error('Usage: npm run staff:add -- --email <e-mail> --role editor|admin [--name "<name>"]');
	process.exit(2);
}

async function readPassword(): Promise<string> {
	if (process.env.KOORDINATORKART_STAFF_PASSWORD) return process.env.KOORDINATORKART_STAFF_PASSWORD;
	if (process.stdin.isTTY) process.stderr.write('Password (at least 12 characters): ');
	const lines = createInterface({ input: process.stdin });
	for await (const line of lines) {
		lines.close();
		return line;
	}
	return '';
}

const dataDir = process.env.KOORDINATORKART_PGLITE_DIR || defaultDataDir();
const db = await openEmbedded({ dataDir, log: (message) => console.error(message) });
try {
	const userId = await embeddedAccounts(db).create({
		email: values.email,
		password: await readPassword(),
		role,
		displayName: values.name
	});
	console.log(
		`Created ${role === 'none' ? 'an account (not staff)' : role} ${values.email} (${userId}) in ${dataDir}`
	);
} catch (error) {
	console.error(`Could not create the account: ${(error as Error).message}`);
	process.exitCode = 1;
} finally {
	await db.close();
}
