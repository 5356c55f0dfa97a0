// Faults in the production shape: the built app server reading through its Supabase transport from a
// PostgREST stand-in (same SQL, PGlite) that this test stops, breaks and starts again during traffic.
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import type { Server } from 'node:http';
import type { PGlite } from '@electric-sql/pglite';
import { openEmbedded } from '../../src/lib/server/db/embedded.ts';
import {
	newAuthStandIn,
	serveFakePostgrest,
	type FaultSwitch
} from '../../scripts/testing/fake-postgrest.ts';
import { embeddedAccounts } from '../../src/lib/server/auth/embedded-accounts.ts';

const EDITOR = { email: 'redaktor@example.org', password: 'faults-passord-som-er-langt' };
const ADMIN = { email: 'admin@example.org', password: 'faults-passord-for-admin' };

const APP_PORT = 4191;
const DB_PORT = 4192;
const APP = `http://127.0.0.1:${APP_PORT}`;
const PUBLIC_PATHS = [
	'/',
	'/kommune/4627-askoy',
	'/nn/kommune/0301-oslo',
	'/liste',
	'/sok?q=berg',
	'/api/oversikt.json'
];

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let db: PGlite;
let postgrest: Server | null = null;
let app: ChildProcess;
const faults: FaultSwitch = { mode: 'none' };
const auth = newAuthStandIn();

async function startDatabase() {
	postgrest = await serveFakePostgrest(db, DB_PORT, faults, auth);
}

async function stopDatabase() {
	await new Promise<void>((resolve) => {
		postgrest!.close(() => resolve());
		postgrest!.closeAllConnections();
	});
	postgrest = null;
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string) {
	const start = Date.now();
	while (Date.now() - start < timeoutMs) {
		if (await check().catch(() => false)) return Date.now() - start;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`Timed out waiting for ${what}`);
}

async function statuses(paths: string[], rounds: number): Promise<number[]> {
	const all: number[] = [];
	for (let i = 0; i < rounds; i++) {
		all.push(...(await Promise.all(paths.map((p) => fetch(APP + p).then((r) => r.status)))));
	}
	return all;
}

test.beforeAll(async () => {
	// Two servers start here (the database stand-in and the app); on a busy machine that takes more than the
	// default 30 s, and the app's own wait below is 60 s.
	test.setTimeout(120_000);
	db = await openEmbedded({ dataDir: 'memory://' });
	await embeddedAccounts(db).create({ ...EDITOR, role: 'editor' });
	await embeddedAccounts(db).create({ ...ADMIN, role: 'admin' });
	await startDatabase();
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
	await until(async () => (await fetch(`${APP}/api/oversikt.json`)).ok, 60_000, 'the app server');
});

test.afterAll(async () => {
	app?.kill('SIGTERM');
	if (postgrest) await stopDatabase();
	await db?.close();
});

test('the database stops during traffic: public pages keep answering, say how old the data is, and recover', async ({
	page
}) => {
	const traffic = statuses(PUBLIC_PATHS, 15);
	await new Promise((r) => setTimeout(r, 300));
	await stopDatabase();
	const during = await traffic;
	expect(during.filter((s) => s >= 500)).toEqual([]);

	await until(
		async () => (await fetch(`${APP}/api/oversikt.json`)).headers.get('x-data-stale') === 'true',
		10_000,
		'the stale mark'
	);
	expect((await statuses(PUBLIC_PATHS, 3)).filter((s) => s !== 200)).toEqual([]);
	await page.goto(`${APP}/kommune/4627-askoy`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Askøy');
	await expect(
		page.getByText(/Vi får ikke kontakt med databasen akkurat nå\. Du ser dataene slik de var/)
	).toBeVisible();

	await startDatabase();
	await until(
		async () => (await fetch(`${APP}/api/oversikt.json`)).headers.get('x-data-stale') === 'false',
		10_000,
		'recovery'
	);
	await page.goto(`${APP}/kommune/4627-askoy`);
	await expect(page.getByText(/Vi får ikke kontakt med databasen/)).toHaveCount(0);
});

test('an edit in the database reaches the public pages within 5 seconds', async ({ request }) => {
	const name = `Endret ordning ${Date.now()}`;
	await db.query(
		`update public.arrangement set name = $1 where id = (select arrangement_id from public.arrangement_member where kommunenummer = '4627' and valid_to is null)`,
		[name]
	);
	const took = await until(
		async () => (await (await request.get(`${APP}/kommune/4627-askoy`)).text()).includes(name),
		5_000,
		'the edit'
	);
	expect(took).toBeLessThan(5_000);
	expect(await (await request.get(`${APP}/api/oversikt.json`)).text()).toContain(name);
});

test('bad answers and bad requests fail alone: the server keeps serving', async ({ request }) => {
	faults.mode = 'garbage';
	await db.query(
		`update public.coordinator set title = 'Kreftkoordinator' where id = (select id from public.coordinator limit 1)`
	);
	await until(
		async () => (await fetch(`${APP}/api/oversikt.json`)).headers.get('x-data-stale') === 'true',
		10_000,
		'the bad answer'
	);
	for (const path of [
		'/kommune/%E0%A4%A',
		`/sok?q=${'a'.repeat(20_000)}`,
		'/kommune/0000',
		'/liste?fylke=%00&sort=<script>'
	]) {
		const response = await request.get(APP + path);
		expect(response.status(), path).toBeLessThan(500);
	}
	faults.mode = 'none';
	await until(
		async () => (await fetch(`${APP}/api/oversikt.json`)).headers.get('x-data-stale') === 'false',
		10_000,
		'recovery'
	);
	expect((await request.get(`${APP}/`)).status()).toBe(200);
	expect(app.exitCode).toBeNull();
});

test('with no snapshot yet and no database, pages say so clearly instead of failing obscurely', async ({
	request
}) => {
	faults.mode = 'error';
	const cold = spawn(process.execPath, ['server.js'], {
		env: {
			...process.env,
			PORT: String(APP_PORT + 10),
			HOST: '127.0.0.1',
			PUBLIC_SUPABASE_URL: `http://127.0.0.1:${DB_PORT}`,
			PUBLIC_SUPABASE_ANON_KEY: 'test-anon-key',
			ORIGIN: `http://127.0.0.1:${APP_PORT + 10}`
		},
		stdio: ['ignore', 'ignore', 'ignore']
	});
	try {
		const base = `http://127.0.0.1:${APP_PORT + 10}`;
		await until(
			async () => (await fetch(base + '/kommune/4627-askoy')).status === 503,
			30_000,
			'the cold server'
		);
		const response = await request.get(base + '/kommune/4627-askoy');
		expect(response.status()).toBe(503);
		expect(await response.text()).toContain('Vi får ikke hentet informasjonen akkurat nå');
		faults.mode = 'none';
		await until(
			async () => (await fetch(base + '/kommune/4627-askoy')).status === 200,
			15_000,
			'the cold server to recover'
		);
	} finally {
		faults.mode = 'none';
		cold.kill('SIGTERM');
	}
});

/** Signs in through the Supabase transport: the stand-in's password grant, as staff in the database. */
async function signIn(page: Page, account: { email: string; password: string }) {
	await page.goto(`${APP}/logg-inn`);
	await page.getByLabel('E-postadresse').fill(account.email);
	await page.getByLabel('Passord').fill(account.password);
	await page.getByRole('button', { name: 'Logg inn' }).click();
	await expect(page).toHaveURL(`${APP}/admin`);
}

/** A municipality with its own arrangement in a county, and its editing page opened as the editor. */
async function openOwnArrangement(page: Page, fylkesnummer: string) {
	const { municipalities } = (await (await fetch(`${APP}/api/oversikt.json`)).json()) as {
		municipalities: { kommunenummer: string; status: string; arrangement_id: string; fylkesnummer: string }[];
	};
	const row = municipalities.find((r) => r.status === 'own' && r.fylkesnummer === fylkesnummer)!;
	await signIn(page, EDITOR);
	await page.goto(`${APP}/admin/ordninger/${row.arrangement_id}`);
	return row;
}

/** Presses a button while the database is down, then starts the database again (whatever the press showed)
 * and waits until the app has noticed, so that the next step starts with public pages that are not stale. */
async function pressWhileDown(press: () => Promise<void>, check: () => Promise<void>) {
	await stopDatabase();
	try {
		await press();
		await check();
	} finally {
		await startDatabase();
		await until(
			async () => (await fetch(`${APP}/api/oversikt.json`)).headers.get('x-data-stale') !== 'true',
			10_000,
			'recovery'
		);
	}
}

test('editing while the database is down: a clear message, nothing typed is lost, and saving works again after', async ({
	page
}) => {
	const row = await openOwnArrangement(page, '50');
	// The form as enhanced by its script: this is the path with JavaScript (the next test is the plain form's).
	await page.waitForLoadState('networkidle');
	const name = `Lagret etter brudd ${Date.now()}`;
	await page.getByLabel('Navn på ordningen').fill(name);

	await stopDatabase();
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByRole('alert')).toContainText('Databasen svarer ikke akkurat nå');
	await expect(page.getByLabel('Navn på ordningen')).toHaveValue(name);

	await startDatabase();
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByText('Endringen er lagret.')).toBeVisible();
	await until(
		async () => (await (await fetch(`${APP}/kommune/${row.kommunenummer}`)).text()).includes(name),
		5_000,
		'the saved name on the public page'
	);
});

test('without JavaScript too: a save while the database is down answers with the form as typed and the message', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await openOwnArrangement(page, '46');
	const name = `Uten skript etter brudd ${Date.now()}`;
	await page.getByLabel('Navn på ordningen').fill(name);

	await stopDatabase();
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByRole('alert')).toContainText('Databasen svarer ikke akkurat nå');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Rediger «${name}»`);
	await expect(page.getByLabel('Navn på ordningen')).toHaveValue(name);

	await startDatabase();
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Endringen er lagret.' })).toContainText(name);
	await context.close();
});

test('without JavaScript, the service form too: a save while the database is down keeps what was typed, its category with it', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, EDITOR);
	await page.goto(`${APP}/admin/tilbud/ny?kommune=4627`);
	const name = `Tilbud uten skript etter brudd ${Date.now()}`;
	// The categories come from the database: the one chosen must still be there, and chosen, when it is down.
	await page.getByLabel('Kategori').selectOption('vardesenter');
	await page.getByLabel('Navn på tilbudet').fill(name);

	await pressWhileDown(
		() => page.getByRole('button', { name: 'Lagre' }).click(),
		async () => {
			await expect(page.getByRole('alert')).toContainText('Databasen svarer ikke akkurat nå');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
			await expect(page.getByLabel('Navn på tilbudet')).toHaveValue(name);
			await expect(page.getByLabel('Kategori')).toHaveValue('vardesenter');
		}
	);

	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByRole('status')).toContainText('Endringen er lagret.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	await expect(page.getByLabel('Kategori')).toHaveValue('vardesenter');
	await context.close();
});

test('without JavaScript, the other staff forms answer a post while the database is down with the message, not an error page', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, ADMIN);
	const down = () => expect(page.getByRole('alert')).toContainText('Databasen svarer ikke akkurat nå');

	// Undo, from the history (earlier tests saved, so there is something to undo).
	await page.goto(`${APP}/admin/historikk`);
	await pressWhileDown(
		() =>
			page
				.getByRole('button', { name: /^Angre/ })
				.first()
				.click(),
		async () => {
			await down();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Historikk');
		}
	);

	// Giving access: the address typed is kept.
	await page.goto(`${APP}/admin/ansatte`);
	await page.getByLabel('E-postadresse').fill('ny-kollega@example.org');
	await pressWhileDown(
		() => page.getByRole('button', { name: 'Gi tilgang' }).click(),
		async () => {
			await down();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilganger');
			await expect(page.getByLabel('E-postadresse')).toHaveValue('ny-kollega@example.org');
		}
	);

	// An error report's status: the note typed is kept.
	const [{ id }] = (
		await db.query<{ id: string }>(
			`insert into public.error_report (kommunenummer, message) values ('4627', 'Feil telefonnummer på siden.') returning id`
		)
	).rows;
	await page.goto(`${APP}/admin/feilmeldinger#melding-${id}`);
	const report = page.locator(`#melding-${id}`);
	await report.getByLabel('Notat (valgfritt)').fill('Ringt kommunen, venter på svar.');
	await pressWhileDown(
		() => report.getByRole('button', { name: /^Lagre status/ }).click(),
		async () => {
			await down();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meldinger om feil');
			await expect(page.getByLabel(/Notat/)).toHaveValue('Ringt kommunen, venter på svar.');
		}
	);

	// An import's preview.
	await page.goto(`${APP}/admin/import`);
	await page.getByLabel('CSV-fil').setInputFiles({
		name: 'koordinatorer.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('full_name;phone\nKari Nordmann;12345678\n')
	});
	await pressWhileDown(
		() => page.getByRole('button', { name: 'Forhåndsvis' }).click(),
		async () => {
			await down();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import fra regneark');
		}
	);

	// A new password.
	await page.goto(`${APP}/admin/nytt-passord`);
	await page.getByLabel('Passordet du bruker nå').fill(ADMIN.password);
	await page.getByLabel('Nytt passord', { exact: true }).fill('et-helt-nytt-langt-passord');
	await page.getByLabel('Nytt passord en gang til').fill('et-helt-nytt-langt-passord');
	await pressWhileDown(
		() => page.getByRole('button', { name: 'Lagre nytt passord' }).click(),
		async () => {
			await down();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Velg ditt eget passord');
		}
	);
	await context.close();
});

test('with Supabase Auth: a sign-in link works once, an expiring access token is refreshed, a refused refresh signs out', async ({
	page,
	browser
}) => {
	auth.expiresIn = 60; // under the two minutes before expiry at which the app refreshes
	try {
		await page.goto(`${APP}/logg-inn`);
		await page.getByLabel('E-post for innloggingslenken').fill(EDITOR.email);
		await page.getByRole('button', { name: 'Send meg en innloggingslenke' }).click();
		await expect(page.getByRole('status')).toContainText(`Hvis ${EDITOR.email} har en konto`);
		// An unknown address gets the same answer (nobody can probe for accounts).
		await page.getByLabel('E-post for innloggingslenken').fill('ukjent@example.org');
		await page.getByRole('button', { name: 'Send meg en innloggingslenke' }).click();
		await expect(page.getByRole('status')).toContainText('Hvis ukjent@example.org har en konto');

		const link = `${APP}/logg-inn/lenke?token_hash=${auth.links.get(EDITOR.email)}&type=email`;
		await page.goto(link);
		await expect(page).toHaveURL(`${APP}/admin`);
		await expect(page.getByText(`${EDITOR.email} (redaktør)`)).toBeVisible();
		const other = await (await browser.newContext()).newPage();
		await other.goto(link);
		await expect(other.getByRole('alert')).toHaveText(
			'Lenken er brukt eller utløpt. Be om en ny på innloggingssiden.'
		);

		// The access token is about to expire: the next request gets new tokens and stays signed in.
		const before = auth.refreshes;
		await page.goto(`${APP}/admin`);
		await expect(page.getByText(`${EDITOR.email} (redaktør)`)).toBeVisible();
		expect(auth.refreshes).toBeGreaterThan(before);

		// Auth no longer accepts the refresh token (revoked, signed out elsewhere): the session ends.
		auth.refreshTokens.clear();
		await page.goto(`${APP}/admin`);
		await expect(page).toHaveURL(/\/logg-inn\?til=%2Fadmin$/);
	} finally {
		auth.expiresIn = 3600;
	}
});
