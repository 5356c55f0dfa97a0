// The new-password step with Supabase Auth (issue 19, item 9): the built app server in its Supabase shape,
// reading from the PostgREST and Auth stand-in (scripts/testing/fake-postgrest.ts, the same SQL in PGlite).
// The account is made outside the app, as in Supabase's dashboard; the invitation marks it.
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import type { Server } from 'node:http';
import type { PGlite } from '@electric-sql/pglite';
import { openEmbedded } from '../../src/lib/server/db/embedded.ts';
import { newAuthStandIn, serveFakePostgrest } from '../../scripts/testing/fake-postgrest.ts';
import { embeddedAccounts } from '../../src/lib/server/auth/embedded-accounts.ts';

// This work tree's own ports (tests/e2e/faults.spec.ts uses 4191–4201).
const APP_PORT = 4471;
const DB_PORT = 4472;
const APP = `http://127.0.0.1:${APP_PORT}`;
const ADMIN = { email: 'admin@example.org', password: 'supabase-admin-passord' };

test.describe.configure({ mode: 'serial', timeout: 150_000 });

let db: PGlite;
let postgrest: Server;
let app: ChildProcess;

test.beforeAll(async () => {
	test.setTimeout(150_000);
	db = await openEmbedded({ dataDir: 'memory://' });
	await embeddedAccounts(db).create({ ...ADMIN, role: 'admin' });
	postgrest = await serveFakePostgrest(db, DB_PORT, { mode: 'none' }, newAuthStandIn());
	app = spawn(process.execPath, ['server.js'], {
		env: {
			...process.env,
			PORT: String(APP_PORT),
			HOST: '127.0.0.1',
			PUBLIC_SUPABASE_URL: `http://127.0.0.1:${DB_PORT}`,
			PUBLIC_SUPABASE_ANON_KEY: 'test-anon-key',
			ORIGIN: APP
		},
		stdio: ['ignore', 'ignore', 'ignore']
	});
	const start = Date.now();
	while (Date.now() - start < 90_000) {
		if (
			await fetch(`${APP}/api/oversikt.json`).then(
				(r) => r.ok,
				() => false
			)
		)
			return;
		await new Promise((r) => setTimeout(r, 300));
	}
	throw new Error('the app server did not start');
});

test.afterAll(async () => {
	app?.kill('SIGTERM');
	await new Promise<void>((resolve) => (postgrest ? postgrest.close(() => resolve()) : resolve()));
	postgrest?.closeAllConnections();
	await db?.close();
});

async function signInAs(page: Page, email: string, password: string) {
	await page.goto(`${APP}/logg-inn`);
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByLabel('Passord', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Logg inn' }).click();
	// The sign-in's answer (a staff page, or the refusal) before the next step: a page opened earlier would be
	// asked for without the session cookie.
	await Promise.race([page.waitForURL(/\/admin/), page.getByRole('alert').waitFor()]);
}

test('with Supabase Auth, an invited account chooses its own password first and keeps its session', async ({
	page,
	browser
}) => {
	const email = `supabase-ny-${Date.now()}@example.org`;
	const temporary = 'laget-i-supabase-dashbordet';
	await signInAs(page, ADMIN.email, ADMIN.password);
	await page.goto(`${APP}/admin/ansatte`);
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByRole('button', { name: 'Gi tilgang' }).click();
	await expect(page.getByRole('status')).toContainText(`${email} får tilgang`);
	// The account itself is made in Supabase Auth, outside the app.
	await embeddedAccounts(db).create({ email, password: temporary, role: 'none' });

	const newcomer = await (await browser.newContext()).newPage();
	await signInAs(newcomer, email, temporary);
	await expect(newcomer).toHaveURL(/\/admin\/nytt-passord$/);
	await newcomer.goto(`${APP}/admin/historikk`);
	await expect(newcomer).toHaveURL(/\/admin\/nytt-passord$/);
	await newcomer.getByLabel('Passordet du bruker nå').fill(temporary);
	await newcomer.getByLabel('Nytt passord', { exact: true }).fill('mitt-eget-supabase-passord');
	await newcomer.getByLabel('Nytt passord en gang til').fill('mitt-eget-supabase-passord');
	await newcomer.getByRole('button', { name: 'Lagre nytt passord' }).click();
	await expect(newcomer).toHaveURL(/\/admin\?passord=byttet$/);
	await newcomer.goto(`${APP}/admin/historikk`);
	await expect(newcomer).toHaveURL(/\/admin\/historikk$/);

	const later = await (await browser.newContext()).newPage();
	await signInAs(later, email, temporary);
	await expect(later).toHaveURL(/\/logg-inn/);
	await signInAs(later, email, 'mitt-eget-supabase-passord');
	await expect(later).toHaveURL(/\/admin$/);
});
