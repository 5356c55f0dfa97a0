// Staff editing: sign-in, who may edit, saving, conflicts, undo, bad input and login rate limiting, against
// the production build on a fresh embedded database (accounts from tests/e2e/staff-accounts.ts).
import { expect, test, type Page, type APIRequestContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { ACCOUNTS } from './staff-accounts.ts';
import { signIn } from './staff-helpers.ts';

interface Row {
	kommunenummer: string;
	name: string;
	fylkesnummer: string;
	status: 'own' | 'inter_municipal' | 'none';
	arrangement_id: string | null;
	arrangement_name: string | null;
}

/** A municipality with its own coordinator in a county no other test edits, and its arrangement. */
async function ownArrangementIn(request: APIRequestContext, fylkesnummer: string): Promise<Row> {
	const rows = ((await (await request.get('/api/oversikt.json')).json()) as { municipalities: Row[] })
		.municipalities;
	const row = rows.find((r) => r.fylkesnummer === fylkesnummer && r.status === 'own');
	expect(row, `an own arrangement in county ${fylkesnummer}`).toBeTruthy();
	return row!;
}

/** The public municipality page shows this text within 5 seconds of the save. */
async function publicPageShows(page: Page, row: Row, text: string) {
	const started = Date.now();
	await expect
		.poll(async () => (await page.request.get(`/kommune/${row.kommunenummer}`)).text(), { timeout: 5_000 })
		.toContain(text);
	return Date.now() - started;
}

test('the staff area needs a staff sign-in; the form actions refuse everyone else too', async ({
	page,
	request
}) => {
	await page.goto('/admin');
	await expect(page).toHaveURL(/\/logg-inn\?til=%2Fadmin$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logg inn');

	const row = await ownArrangementIn(request, '11');
	const post = (headers: Record<string, string> = {}) =>
		request.post(`/admin/ordninger/${row.arrangement_id}`, {
			// As a browser posts the form (without JavaScript): same origin, asking for a page.
			headers: { origin: new URL(page.url()).origin, accept: 'text/html', ...headers },
			form: {
				name: 'Overtatt',
				host_kommunenummer: row.kommunenummer,
				members: row.kommunenummer,
				version: '1',
				started_on: '2020-01-01',
				effective: '2026-01-01'
			},
			maxRedirects: 0
		});
	const anonymous = await post();
	expect(anonymous.status()).toBe(303);
	expect(anonymous.headers()['location']).toContain('/logg-inn');

	// Signed in, but not staff: the page says so, and a save is refused.
	await signIn(page, 'outsider');
	await expect(page.getByText('kontoen din har ikke tilgang til å redigere')).toBeVisible();
	const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
	const outsider = await post({ cookie: cookies });
	expect(outsider.status()).toBe(403);
	expect(await (await request.get(`/kommune/${row.kommunenummer}`)).text()).not.toContain('Overtatt');
});

test('an editor changes an arrangement; the public page and the map data show it within 5 seconds', async ({
	page
}) => {
	const row = await ownArrangementIn(page.request, '15');
	await signIn(page, 'editor');
	await expect(page).toHaveURL(/\/admin$/);
	await expect(page.getByRole('heading', { name: 'Trenger oppmerksomhet' })).toBeVisible();

	await page.goto(`/admin/ordninger/${row.arrangement_id}`);
	await expect(page.getByLabel('Navn på ordningen')).toHaveValue(row.arrangement_name!);
	const name = `Kreftkoordinator for ${row.name} (endret)`;
	await page.getByLabel('Navn på ordningen').fill(name);
	await page.getByLabel('Stillingsprosent').fill('75,5');
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByText('Endringen er lagret.')).toBeVisible();

	expect(await publicPageShows(page, row, name)).toBeLessThan(5_000);
	const snapshot = (await (await page.request.get('/api/oversikt.json')).json()) as { municipalities: Row[] };
	expect(snapshot.municipalities.find((r) => r.kommunenummer === row.kommunenummer)?.arrangement_name).toBe(
		name
	);
	await page.goto(`/kommune/${row.kommunenummer}`);
	await expect(page.getByText('75,5 %')).toBeVisible();
});

test('of two editors saving the same arrangement, the later is refused and shown the newer values', async ({
	browser
}) => {
	const first = await (await browser.newContext()).newPage();
	const second = await (await browser.newContext()).newPage();
	const row = await ownArrangementIn(first.request, '34');
	await signIn(first, 'editor');
	await signIn(second, 'editor2');
	await first.goto(`/admin/ordninger/${row.arrangement_id}`);
	await second.goto(`/admin/ordninger/${row.arrangement_id}`);

	await second.getByLabel('Navn på ordningen').fill('Navn fra redaktør 2');
	await second.getByRole('button', { name: 'Lagre' }).click();
	await expect(second.getByText('Endringen er lagret.')).toBeVisible();

	await first.getByLabel('Navn på ordningen').fill('Navn fra redaktør 1');
	await first.getByRole('button', { name: 'Lagre' }).click();
	const alert = first.getByRole('region', { name: 'Noen andre har lagret denne ordningen' });
	await expect(alert).toBeVisible();
	await expect(alert.getByRole('row', { name: /Navn/ })).toContainText('Navn fra redaktør 2');
	await expect(alert.getByRole('row', { name: /Navn/ })).toContainText('Navn fra redaktør 1');
	// What the first editor typed is still in the form; the database kept the second editor's save.
	await expect(first.getByLabel('Navn på ordningen')).toHaveValue('Navn fra redaktør 1');
	await publicPageShows(first, row, 'Navn fra redaktør 2');
	expect(await (await first.request.get(`/kommune/${row.kommunenummer}`)).text()).not.toContain(
		'Navn fra redaktør 1'
	);
});

test('undo in the history restores the previous values, and is itself in the history', async ({ page }) => {
	const row = await ownArrangementIn(page.request, '42');
	await signIn(page, 'editor');
	await page.goto(`/admin/ordninger/${row.arrangement_id}`);
	// Unique, so that a retry after a failed run does not meet this run's save.
	const temporary = `Midlertidig navn ${Date.now()}`;
	await page.getByLabel('Navn på ordningen').fill(temporary);
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByText('Endringen er lagret.')).toBeVisible();
	await publicPageShows(page, row, temporary);

	await page.goto('/admin/historikk');
	const save = page.locator('.saves > li').filter({ hasText: temporary }).first();
	await expect(save).toContainText(ACCOUNTS.editor);
	await expect(save.locator('.lines')).toContainText(`Navn ${row.arrangement_name} → ${temporary}`);
	await save.getByRole('button', { name: 'Angre' }).click();
	await expect(page.getByRole('alert')).toContainText('Endringen er angret');
	await publicPageShows(page, row, row.arrangement_name!);
	expect(await (await page.request.get(`/kommune/${row.kommunenummer}`)).text()).not.toContain(temporary);
	// The undo is a save of its own in the history (other tests save at the same time, so not necessarily first).
	await page.reload();
	await expect(page.locator('.saves > li').filter({ hasText: temporary })).toHaveCount(2);
});

test('bad input gets a message at each field and changes nothing; text is stored as text', async ({
	page
}) => {
	const row = await ownArrangementIn(page.request, '56');
	await signIn(page, 'editor');
	await page.goto(`/admin/ordninger/${row.arrangement_id}`);
	await page.getByLabel('Navn på ordningen').fill('   ');
	await page.getByLabel('Startdato').fill('2024-05-01');
	await page.getByLabel('Sluttdato (tom: pågår)').fill('2023-01-01');
	await page.getByLabel('Første år med samfinansiering fra Kreftforeningen').fill('2005');
	await page.getByLabel('Stillingsprosent').fill('abc');
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByText('Skriv inn et navn på ordningen.')).toBeVisible();
	await expect(page.getByText('Sluttdatoen kan ikke være før startdatoen.')).toBeVisible();
	await expect(page.getByText('Skriv et årstall fra 2012')).toBeVisible();
	await expect(page.getByText('Skriv stillingsprosenten som et tall')).toBeVisible();
	await expect(page.getByLabel('Navn på ordningen')).toHaveAttribute('aria-invalid', 'true');
	// What was typed is kept.
	await expect(page.getByLabel('Stillingsprosent')).toHaveValue('abc');
	expect(await (await page.request.get(`/kommune/${row.kommunenummer}`)).text()).toContain(
		row.arrangement_name!
	);

	// A member that is in another arrangement: refused by the database's exclusion constraint, said clearly.
	await page.goto(`/admin/ordninger/${row.arrangement_id}`);
	await page.getByLabel('Legg til kommune').fill('Oslo');
	await page.getByRole('button', { name: /^Legg til Oslo/ }).click();
	await page.getByRole('button', { name: 'Lagre' }).click();
	// It names the municipality, the other arrangement and its dates.
	await expect(
		page.getByText(/Oslo er med i «Kreftkoordinator i Oslo» fra \d+\. \p{L}+ \d{4}/u)
	).toBeVisible();

	// A script in a text field is saved as text and shown as text.
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await page.goto(`/admin/ordninger/${row.arrangement_id}`);
	const script = '<script>alert("x")</script> & <b>fet</b>';
	await page.getByLabel('Navn på ordningen').fill(script);
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByText('Endringen er lagret.')).toBeVisible();
	await page.goto(`/kommune/${row.kommunenummer}`);
	await expect(page.getByText(script, { exact: true })).toBeVisible();
	expect(dialogs).toEqual([]);
});

test('signing out ends the session', async ({ page }) => {
	await signIn(page, 'admin');
	await expect(page.getByText('(administrator)')).toBeVisible();
	await page.getByRole('button', { name: 'Logg ut' }).click();
	await expect(page).toHaveURL(/\/$/);
	await page.goto('/admin');
	await expect(page).toHaveURL(/\/logg-inn/);
});

test('an editor corrects a coordinator: a bad phone number is refused at the field, a good one shows publicly', async ({
	page
}) => {
	const row = await ownArrangementIn(page.request, '18');
	await signIn(page, 'editor');
	await page.goto(`/admin/ordninger/${row.arrangement_id}`);
	await page.getByRole('region', { name: 'Koordinatorer' }).getByRole('link').first().click();
	await expect(page.getByLabel('Telefon')).toBeVisible();
	await page.getByLabel('Telefon').fill('12345');
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByText('Skriv et norsk telefonnummer med åtte sifre')).toBeVisible();
	await expect(page.getByLabel('Telefon')).toHaveValue('12345');

	await page.getByLabel('Telefon').fill('+47 912 34 567');
	await page.getByLabel('Bekreftet i dag').check();
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByText('Endringen er lagret.')).toBeVisible();
	await publicPageShows(page, row, '+47 912 34 567');
	await page.goto(`/kommune/${row.kommunenummer}`);
	await expect(page.getByRole('link', { name: '+47 912 34 567' })).toHaveAttribute('href', 'tel:+4791234567');
});

test('export: the CSV has a BOM and semicolons and holds the same rows as the JSON; only for staff', async ({
	page
}) => {
	const anonymous = await page.request.get('/admin/eksport/arrangement.csv', { maxRedirects: 0 });
	expect(anonymous.status()).toBe(303);
	await signIn(page, 'admin');
	const json = (await (await page.request.get('/admin/eksport/programdata.json')).json()) as Record<
		string,
		{ id: string; name: string }[]
	>;
	expect(json.arrangement.length).toBeGreaterThan(200);
	const response = await page.request.get('/admin/eksport/arrangement.csv');
	expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
	expect(response.headers()['content-disposition']).toMatch(
		/attachment; filename="koordinatorkart-arrangement-\d{4}-\d{2}-\d{2}\.csv"/
	);
	const text = (await response.body()).toString('utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const { parse } = await import('csv-parse/sync');
	const rows = parse(text, { bom: true, delimiter: ';', columns: true }) as { id: string; name: string }[];
	expect(rows.length).toBe(json.arrangement.length);
	expect(new Map(rows.map((r) => [r.id, r.name]))).toEqual(
		new Map(json.arrangement.map((r) => [r.id, r.name]))
	);
	expect(rows.some((r) => /[æøå]/i.test(r.name))).toBe(true);
});

test('an editor adds a local service to an arrangement (a bad link is refused at the field), and removes it', async ({
	page
}) => {
	const row = await ownArrangementIn(page.request, '40');
	await signIn(page, 'editor');
	await page.goto(`/admin/ordninger/${row.arrangement_id}`);
	await page.getByRole('link', { name: 'Legg til tilbud for hele ordningen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		`Nytt lokalt tilbud for ${row.arrangement_name}`
	);
	await page.getByLabel('Kategori').selectOption({ label: 'Likepersoner' });
	await page.getByLabel('Navn på tilbudet').fill('Samtalegruppe <b>for</b> pårørende');
	await page.getByLabel('Nettside (valgfri)').fill('javascript:alert(1)');
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.locator('#url-error')).toContainText('begynner med https://');
	await expect(page.getByLabel('Navn på tilbudet')).toHaveValue('Samtalegruppe <b>for</b> pårørende');

	await page.getByLabel('Nettside (valgfri)').fill('https://example.org/samtale');
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByText('Tilbudet er lagret.')).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`/admin/ordninger/${row.arrangement_id}`));
	await publicPageShows(page, row, 'Samtalegruppe &lt;b>for&lt;/b> pårørende');

	// The services list (the page's history names the service too).
	await page
		.getByRole('region', { name: 'Lokale tilbud' })
		.getByRole('link', { name: 'Samtalegruppe <b>for</b> pårørende' })
		.click();
	await page.getByRole('button', { name: 'Slett tilbudet' }).click();
	await expect(page.getByText('Tilbudet er slettet.')).toBeVisible();
	await expect
		.poll(async () => (await page.request.get(`/kommune/${row.kommunenummer}`)).text(), { timeout: 5_000 })
		.not.toContain('Samtalegruppe');
});

test('an admin gives a new person access, who gets it at first sign-in; editors cannot manage access', async ({
	page,
	browser
}) => {
	await signIn(page, 'editor');
	await expect(page.getByRole('link', { name: 'Tilganger' })).toHaveCount(0);
	expect((await page.goto('/admin/ansatte'))?.status()).toBe(403);

	await page.context().clearCookies();
	await signIn(page, 'admin');
	await page.getByRole('link', { name: 'Tilganger' }).click();
	const email = `ny-${Date.now()}@example.org`;
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByLabel('Rolle', { exact: true }).selectOption('editor');
	await page.getByLabel(/Midlertidig passord/).fill('kort');
	await page.getByRole('button', { name: 'Gi tilgang' }).click();
	await expect(page.locator('#password-error')).toContainText('minst 12 tegn');
	await expect(page.getByLabel('E-postadresse')).toHaveValue(email);
	await page.getByLabel(/Midlertidig passord/).fill('et-langt-midlertidig-passord');
	await page.getByRole('button', { name: 'Gi tilgang' }).click();
	await expect(page.getByRole('status')).toContainText(
		`${email} får tilgang som redaktør ved første innlogging`
	);
	await expect(page.getByRole('listitem').filter({ hasText: email })).toContainText('som redaktør');

	// The new person signs in and is an editor.
	const newcomer = await (await browser.newContext()).newPage();
	await newcomer.goto('/logg-inn');
	await newcomer.getByLabel('E-postadresse').fill(email);
	await newcomer.getByLabel('Passord').fill('et-langt-midlertidig-passord');
	await newcomer.getByRole('button', { name: 'Logg inn' }).click();
	await expect(newcomer.getByText(`${email} (redaktør)`)).toBeVisible();

	// The admin sees them with access, and removes it; they are refused from then on.
	await page.reload();
	const row = page.locator(`tr[data-email="${email}"]`);
	await expect(row).toBeVisible();
	await row.getByRole('button', { name: /Fjern tilgang/ }).click();
	await row.getByRole('button', { name: 'Ja, fjern tilgangen' }).click();
	await expect(page.getByRole('status')).toContainText('Tilgangen er fjernet.');
	// Removing access ends their session too: they are sent to sign in again.
	await newcomer.goto('/admin');
	await expect(newcomer).toHaveURL(/\/logg-inn/);

	// The only admin cannot remove their own access.
	const admin = page.locator(`tr[data-email="${ACCOUNTS.admin}"]`);
	await admin.getByRole('button', { name: /Fjern tilgang/ }).click();
	await admin.getByRole('button', { name: 'Ja, fjern tilgangen' }).click();
	await expect(page.getByRole('alert')).toContainText('minst én administrator');
});

// One test per page: axe on the arrangement form (357 member boxes and a map) takes a while on this machine.
for (const page of [
	'/admin',
	'arrangement',
	'new service',
	'/admin/import',
	'/admin/ansatte',
	'/admin/historikk',
	'/admin/eksport'
])
	test(`axe finds no violations on the staff page ${page}`, async ({ page: browserPage }) => {
		test.setTimeout(60_000);
		const row = await ownArrangementIn(browserPage.request, '46');
		const path =
			page === 'arrangement'
				? `/admin/ordninger/${row.arrangement_id}`
				: page === 'new service'
					? `/admin/tilbud/ny?ordning=${row.arrangement_id}`
					: page;
		await signIn(browserPage, 'admin');
		await browserPage.goto(path);
		const results = await new AxeBuilder({ page: browserPage }).analyze();
		expect(
			results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
		).toEqual([]);
	});

test('members are picked on the map as well as from the list', async ({ page }) => {
	await signIn(page, 'editor');
	await page.goto('/admin/ordninger/ny');
	const map = page.locator('.member-map');
	await map.scrollIntoViewIfNeeded();
	await map.hover();
	await expect(page.locator('[data-coverage-map][data-ready="true"]')).toBeVisible({ timeout: 20_000 });
	// Oslo on screen, as the map projects it.
	const point = await page.evaluate(
		() =>
			new Promise<{ x: number; y: number }>((resolve) => {
				const host = document.querySelector('[data-coverage-map]') as HTMLElement & {
					coverageMap: {
						jumpTo(o: object): void;
						once(e: string, f: () => void): void;
						project(p: [number, number]): { x: number; y: number };
					};
				};
				const map = host.coverageMap;
				map.once('idle', () => {
					const box = host.getBoundingClientRect();
					const p = map.project([10.74, 59.913]);
					resolve({ x: box.left + p.x, y: box.top + p.y });
				});
				map.jumpTo({ center: [10.74, 59.913], zoom: 8 });
			})
	);
	// Chosen members are listed, each with its own remove button.
	const oslo = page.getByRole('button', { name: 'Fjern Oslo' });
	await expect(oslo).toHaveCount(0);
	await page.mouse.click(point.x, point.y);
	await expect(oslo).toBeVisible();
	await expect(page.getByText('Kommuner i ordningen (1 valgt)')).toBeVisible();
	await page.mouse.click(point.x, point.y);
	await expect(oslo).toHaveCount(0);
});
