// Staff sessions and the staff area's doors, against the production build (embedded database): signing out
// ends the session on the server, a role change ends it too, the cookie tells the browser nothing, wrong
// passwords slow down instead of locking out, actions check the role before looking anything up, and staff
// pages are never stored.
import { expect, test, type Browser } from '@playwright/test';
import { ACCOUNTS } from './staff-accounts.ts';
import { signIn } from './staff-helpers.ts';

/** A fresh browser context holding only the given cookie (as someone who copied it would). */
async function withCookie(browser: Browser, cookie: { name: string; value: string }, baseURL: string) {
	const context = await browser.newContext();
	await context.addCookies([{ name: cookie.name, value: cookie.value, url: baseURL }]);
	return context;
}

test('signing out ends the session on the server: a copy of the cookie no longer opens the staff area', async ({
	page,
	browser,
	baseURL
}) => {
	await signIn(page, 'editor2');
	await expect(page).toHaveURL(/\/admin/);
	const cookie = (await page.context().cookies()).find((c) => c.name === 'kk_session')!;
	expect(cookie.httpOnly).toBe(true);

	// The copy works while the session lasts…
	const copy = await withCookie(browser, cookie, baseURL!);
	const thief = await copy.newPage();
	await thief.goto('/admin');
	await expect(thief).toHaveURL(/\/admin$/);

	await page.getByRole('button', { name: 'Logg ut' }).click();
	await expect(page).toHaveURL(/\/$/);
	// …and not after signing out.
	await thief.goto('/admin');
	await expect(thief).toHaveURL(/\/logg-inn/);
	await copy.close();
});

test('the session cookie tells the browser nothing: no e-mail address or user id in it', async ({ page }) => {
	await signIn(page, 'editor');
	const cookie = (await page.context().cookies()).find((c) => c.name === 'kk_session')!;
	const readable = [
		cookie.value,
		...cookie.value.split('.').map((p) => Buffer.from(p, 'base64url').toString('latin1'))
	];
	for (const text of readable) {
		expect(text).not.toContain(ACCOUNTS.editor);
		expect(text).not.toMatch(/userId|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/);
	}
	expect(await page.evaluate(() => document.cookie)).not.toContain('kk_session');
});

test('a changed role ends the sessions of that person', async ({ page, browser }) => {
	const person = await browser.newContext();
	const personPage = await person.newPage();
	await signIn(personPage, 'session');
	await expect(personPage).toHaveURL(/\/admin/);

	await signIn(page, 'admin');
	await page.goto('/admin/ansatte');
	const row = page.getByRole('row').filter({ hasText: ACCOUNTS.session });
	await row.getByLabel(`Rolle for ${ACCOUNTS.session}`).selectOption('admin');
	await row.getByRole('button', { name: 'Lagre rollen' }).click();
	await expect(page.getByRole('status')).toHaveText('Rollen er endret.');

	await personPage.goto('/admin');
	await expect(personPage).toHaveURL(/\/logg-inn/);
	// Signing in again gives the new role.
	await signIn(personPage, 'session');
	await expect(personPage.getByText('(administrator)')).toBeVisible();

	await page.goto('/admin/ansatte');
	await row.getByLabel(`Rolle for ${ACCOUNTS.session}`).selectOption('editor');
	await row.getByRole('button', { name: 'Lagre rollen' }).click();
	await expect(page.getByRole('status')).toHaveText('Rollen er endret.');
	await person.close();
});

test('wrong passwords slow down sign-in for a moment instead of locking the owner out', async ({ page }) => {
	test.setTimeout(180_000);
	// A wrong password is refused with the address kept. After five failures each further failure asks for a
	// wait that doubles (1 s, 2 s, …), and an attempt within it is refused untried. On a slow machine an
	// attempt may arrive after a short wait is over, so keep trying until one is refused.
	const alert = page.getByRole('alert');
	await signIn(page, 'limited', 'feil-passord-1234');
	await expect(alert).toHaveText('Feil e-postadresse eller passord.');
	await expect(page.getByLabel('E-postadresse')).toHaveValue(ACCOUNTS.limited);
	for (let i = 0; i < 14 && !/For mange/.test((await alert.textContent()) ?? ''); i++)
		await signIn(page, 'limited', 'feil-passord-1234');
	await expect(alert).toHaveText(/^For mange mislykkede forsøk\. Vent \d+ sekund(er)? og prøv igjen\.$/);
	// The owner waits seconds, not a quarter of an hour.
	const seconds = Number(/Vent (\d+)/.exec((await alert.textContent())!)![1]);
	expect(seconds).toBeLessThanOrEqual(60);
	await page.waitForTimeout(seconds * 1000 + 200);
	await signIn(page, 'limited');
	await expect(page).toHaveURL(/\/admin/);
});

test('staff actions check the role before looking anything up: no account enumeration through the invitation', async ({
	page,
	baseURL
}) => {
	await signIn(page, 'editor');
	const invite = async (email: string) => {
		const response = await page.request.post('/admin/ansatte?/invite', {
			headers: { origin: baseURL!, accept: 'application/json', 'x-sveltekit-action': 'true' },
			form: { email, role: 'admin', password: '' }
		});
		return { status: response.status(), body: await response.text() };
	};
	const existing = await invite(ACCOUNTS.admin);
	const missing = await invite('finnes-ikke-123@example.org');
	expect(existing).toEqual(missing);
	expect(existing.body).toContain('Bare administratorer');
	expect(existing.body).not.toContain('ingen konto');
});

test('every staff page says private, no-store; signing out removes the cookie over plain http too', async ({
	page,
	baseURL
}) => {
	expect((await page.request.get('/logg-inn')).headers()['cache-control']).toBe('private, no-store');
	await signIn(page, 'editor');
	for (const path of [
		'/admin',
		'/admin/historikk',
		'/admin/import',
		'/admin/eksport',
		'/admin/eksport/arrangement.csv'
	]) {
		const response = await page.request.get(path);
		expect(response.status(), path).toBe(200);
		expect(response.headers()['cache-control'], path).toBe('private, no-store');
	}
	const signOut = await page.request.post('/logg-ut', {
		headers: { origin: baseURL! },
		form: {},
		maxRedirects: 0
	});
	const setCookie = signOut.headers()['set-cookie'] ?? '';
	expect(setCookie).toMatch(/kk_session=;/);
	expect(setCookie).not.toMatch(/;\s*Secure/i);
});
