// Finding and working in the staff area (issue 19, items 5–9): search, the coordinator list, the member
// picker by keyboard and without JavaScript, the error summary, phone-sized pages and the smaller fixes.
import { expect, test, type Page } from '@playwright/test';
import { rowIn, signIn, snapshotRows } from './staff-helpers.ts';

/** Tab from the top of the page until the focus is on an element matching the test; the number of presses. */
async function tabStopsTo(page: Page, isTarget: (el: Element) => boolean, limit = 500): Promise<number> {
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	for (let n = 1; n <= limit; n++) {
		await page.keyboard.press('Tab');
		const hit = await page.evaluate(`(${isTarget.toString()})(document.activeElement)`);
		if (hit) return n;
	}
	return Infinity;
}

test('staff find arrangements by ASCII spelling, municipality number, county and coordinator', async ({
	page
}) => {
	const askoy = (await snapshotRows(page.request)).find((r) => r.kommunenummer === '4627')!;
	await signIn(page, 'editor');
	const rows = page.locator('tbody tr');
	const search = page.getByLabel(/^Søk på ordning/);
	await search.fill('askoy');
	await expect(rows.filter({ hasText: askoy.arrangement_name! })).toHaveCount(1);
	await search.fill('4627');
	await expect(rows.filter({ hasText: askoy.arrangement_name! })).toHaveCount(1);
	await expect(rows).toHaveCount(1);
	// Without JavaScript too: the search is a form.
	await page.goto('/admin?q=vestland');
	await expect(rows.filter({ hasText: askoy.arrangement_name! })).toHaveCount(1);
	await expect(rows.filter({ hasText: 'Kreftkoordinator i Oslo' })).toHaveCount(0);
	// By a coordinator's name.
	const coordinator = (await rows.first().locator('td').nth(2).innerText()).split(',')[0].trim();
	await page.goto(`/admin?q=${encodeURIComponent(coordinator)}`);
	await expect(rows.first().locator('td').nth(2)).toContainText(coordinator);
});

test('a coordinator list at /admin/koordinatorer, searchable by municipality', async ({ page }) => {
	await signIn(page, 'editor');
	await page
		.getByRole('navigation', { name: 'Redigering' })
		.getByRole('link', { name: 'Koordinatorer' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Koordinatorer');
	const items = page.locator('.coordinators > li');
	expect(await items.count()).toBeGreaterThan(50);
	await page.getByLabel(/^Søk på navn/).fill('bodo');
	await expect(items.first()).toContainText('Bodø');
	await items.first().getByRole('link').first().click();
	await expect(page).toHaveURL(/\/admin\/koordinatorer\/[0-9a-f-]{36}$/);
});

test('after saving, the notice names the saved arrangement and links to it', async ({ page }) => {
	const row = await rowIn(page.request, '55');
	await signIn(page, 'editor');
	await page.goto(`/admin/ordninger/${row.arrangement_id}`);
	await page.getByLabel('Stillingsprosent').fill('80');
	await page.getByRole('button', { name: 'Lagre' }).click();
	const notice = page.getByRole('status').filter({ hasText: 'Endringen er lagret.' });
	await expect(notice).toContainText(row.arrangement_name!);
	await notice.getByRole('link', { name: row.arrangement_name! }).click();
	await expect(page).toHaveURL(`/admin/ordninger/${row.arrangement_id}`);
});

/** The picker has come alive (before that, Enter in its search field posts the form). */
async function pickerReady(page: Page) {
	await expect(page.getByLabel('Legg til kommune')).not.toHaveAttribute('list', /./);
}

test('keyboard: "Lagre" within 30 tab stops however many members; arrow keys move in the chosen list', async ({
	page
}) => {
	const row = await rowIn(page.request, '55', 'inter_municipal');
	await signIn(page, 'editor');
	await page.goto(`/admin/ordninger/${row.arrangement_id}`);
	await pickerReady(page);
	// Four more members: the list grows, the way to "Lagre" does not.
	for (const name of ['Tromsø', 'Bodø', 'Alta', 'Narvik']) {
		await page.getByLabel('Legg til kommune').fill(name);
		await page.getByLabel('Legg til kommune').press('Enter');
		await expect(page.getByRole('button', { name: `Fjern ${name}` })).toBeAttached();
	}
	const isSave = (el: Element) =>
		el instanceof HTMLButtonElement && el.type === 'submit' && el.textContent?.trim() === 'Lagre';
	expect(await tabStopsTo(page, isSave)).toBeLessThan(30);

	// The chosen list is one stop: Tab reaches its first button, the arrows walk it, Tab leaves it.
	const chosen = page.getByRole('toolbar', { name: 'Valgte kommuner' });
	const isRemove = (el: Element) => el.classList.contains('remove');
	await tabStopsTo(page, isRemove);
	await expect(chosen.getByRole('button').first()).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(chosen.getByRole('button').nth(1)).toBeFocused();
	await page.keyboard.press('End');
	await expect(chosen.getByRole('button', { name: 'Fjern Narvik' })).toBeFocused();
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.classList.contains('remove'))).toBe(false);
	// Removing from the keyboard keeps the focus in the list.
	await page.keyboard.press('Shift+Tab');
	await expect(chosen.getByRole('button', { name: 'Fjern Narvik' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(chosen.getByRole('button', { name: 'Fjern Narvik' })).toHaveCount(0);
	await expect(chosen.getByRole('button', { name: 'Fjern Alta' })).toBeFocused();
	// Dates are typed, one stop each, with the format said beside the label.
	await expect(page.getByLabel('Startdato')).toHaveAccessibleDescription(/åååå-mm-dd/);
});

test('keyboard: members added and removed from the keyboard; focus ring on inputs', async ({ page }) => {
	const row = await rowIn(page.request, '55', 'inter_municipal');
	await signIn(page, 'editor');
	await page.goto(`/admin/ordninger/${row.arrangement_id}`);
	await pickerReady(page);

	// Add a municipality by typing its name without Norwegian letters, then remove it again.
	const search = page.getByLabel('Legg til kommune');
	await search.fill('tromso');
	await search.press('Enter');
	await expect(page.getByRole('button', { name: 'Fjern Tromsø' })).toBeVisible();
	await expect(search).toBeFocused();
	await page.getByRole('button', { name: 'Fjern Tromsø' }).press('Enter');
	await expect(page.getByRole('button', { name: 'Fjern Tromsø' })).toHaveCount(0);

	// Text inputs show the same focus ring as buttons.
	await page.getByLabel('Navn på ordningen').focus();
	const ring = await page
		.getByLabel('Navn på ordningen')
		.evaluate((el) => [getComputedStyle(el).outlineStyle, getComputedStyle(el).outlineWidth]);
	expect(ring).toEqual(['solid', '3px']);
});

test('after a failed save the focus moves to the error summary, which links to the fields', async ({
	page
}) => {
	const row = await rowIn(page.request, '55', 'own', 1);
	await signIn(page, 'editor');
	await page.goto(`/admin/ordninger/${row.arrangement_id}`);
	await page.getByLabel('Navn på ordningen').fill(' ');
	await page.getByRole('button', { name: 'Lagre' }).click();
	const summary = page.locator('.error-summary');
	await expect(summary).toBeFocused();
	await summary.getByRole('link', { name: 'Navn på ordningen' }).click();
	await expect(page.getByLabel('Navn på ordningen')).toBeFocused();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('members are removed and added with the picker buttons; nothing is saved until "Lagre"', async ({
		page
	}) => {
		const row = await rowIn(page.request, '55', 'inter_municipal', 1);
		await signIn(page, 'editor');
		await page.goto(`/admin/ordninger/${row.arrangement_id}`);
		await page.getByRole('button', { name: `Fjern ${row.name}` }).click();
		await expect(page.getByRole('status').filter({ hasText: `${row.name} er tatt ut` })).toBeVisible();
		await expect(page.getByRole('button', { name: `Fjern ${row.name}` })).toHaveCount(0);
		await page.getByLabel('Legg til kommune').fill(row.name);
		await page.getByRole('button', { name: 'Legg til', exact: true }).click();
		await expect(page.getByRole('button', { name: `Fjern ${row.name}` })).toBeVisible();
		// The public page never changed.
		expect(await (await page.request.get(`/kommune/${row.kommunenummer}`)).text()).toContain(
			row.arrangement_name!
		);
	});
});

test('phone: tel inputs, 44 px check boxes, no sideways scrolling on the overview and history', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const row = await rowIn(page.request, '55', 'own', 2);
	await signIn(page, 'editor');
	for (const path of [
		'/admin',
		'/admin/historikk',
		'/admin/koordinatorer',
		`/admin/ordninger/${row.arrangement_id}`
	]) {
		await page.goto(path);
		const wide = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(wide, path).toBeLessThanOrEqual(390);
	}
	await page.getByRole('region', { name: 'Koordinatorer' }).getByRole('link').first().click();
	await expect(page.getByLabel('Telefon')).toHaveAttribute('type', 'tel');
	await expect(page.getByLabel('Telefon')).toHaveAttribute('inputmode', 'tel');
	const box = (await page.getByText('Bekreftet i dag').boundingBox())!;
	expect(box.height).toBeGreaterThanOrEqual(44);
	const check = (await page.getByLabel('Bekreftet i dag').boundingBox())!;
	expect(Math.min(check.width, check.height)).toBeGreaterThanOrEqual(24);
});

test('"Bekreftet i dag" is not still ticked after saving; the date shows today', async ({ page }) => {
	const row = await rowIn(page.request, '55', 'own', 3);
	await signIn(page, 'editor');
	await page.goto(`/admin/ordninger/${row.arrangement_id}`);
	await page.getByRole('region', { name: 'Koordinatorer' }).getByRole('link').first().click();
	await page.getByLabel('Bekreftet i dag').check();
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByText('Endringen er lagret.')).toBeVisible();
	await expect(page.getByLabel('Bekreftet i dag')).not.toBeChecked();
	const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
	await expect(page.getByLabel('Kontaktopplysningene sist bekreftet')).toHaveValue(today);
});

test('needs attention leaves out coordinators of arrangements that have ended', async ({ page }) => {
	await signIn(page, 'editor');
	const ended = await page
		.locator('tbody tr.ended td:first-child a')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect(ended.length).toBeGreaterThan(0);
	const listed = await page
		.locator('details', { hasText: 'Kontaktopplysninger som ikke er bekreftet' })
		.locator('a')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	for (const href of listed) expect(ended).not.toContain(href);
});

test('an editor opening the access page is told it is for admins only', async ({ page }) => {
	await signIn(page, 'editor');
	const response = await page.goto('/admin/ansatte');
	expect(response?.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bare for administratorer');
	await expect(page.getByText('Noe gikk galt')).toHaveCount(0);
});

test('the public page writes "Interkommunal (…)" with a space', async ({ page }) => {
	const none = (await snapshotRows(page.request)).filter((r) => r.status === 'none');
	let found = false;
	for (const row of none.slice(0, 25)) {
		await page.goto(`/kommune/${row.kommunenummer}`);
		const text = await page.locator('main').innerText();
		if (!/Interkommunal\s*\(/.test(text)) continue;
		found = true;
		expect(text).not.toMatch(/Interkommunal\(/);
		break;
	}
	expect(found).toBe(true);
});

test('access: removal is confirmed first, the invite form forgets the password, a refused demotion shows the kept role', async ({
	page
}) => {
	await signIn(page, 'admin');
	await page.goto('/admin/ansatte');
	const email = `bekreft-${Date.now()}@example.org`;
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByLabel(/Midlertidig passord/).fill('et-langt-midlertidig-passord');
	await page.getByRole('button', { name: 'Gi tilgang' }).click();
	await expect(page.getByRole('status')).toContainText(`${email} får tilgang`);
	await expect(page.getByLabel(/Midlertidig passord/)).toHaveValue('');

	// The only admin cannot step down: the select shows the role they still have.
	const me = page.locator('tr[data-email="admin@example.org"]');
	await me.getByRole('combobox').selectOption('editor');
	await me.getByRole('button', { name: 'Lagre rollen' }).click();
	await expect(page.getByRole('alert')).toContainText('minst én administrator');
	await expect(me.getByRole('combobox')).toHaveValue('admin');

	// "Fjern tilgang" asks first; nothing changes until confirmed.
	await me.getByRole('button', { name: /Fjern tilgang/ }).click();
	await expect(me.getByRole('alert')).toContainText('Fjerne tilgangen til admin@example.org?');
	await expect(me.getByRole('button', { name: 'Ja, fjern tilgangen' })).toBeVisible();
	await page.reload();
	await expect(page.locator('tr[data-email="admin@example.org"]')).toBeVisible();
});

test('future arrangements and scheduled moves show on the overview and on the form, not "–"', async ({
	page
}) => {
	const free = await rowIn(page.request, '55', 'none');
	const shared = await rowIn(page.request, '55', 'inter_municipal', 2);
	const year = new Date().getFullYear() + 1;
	await signIn(page, 'editor');

	// A new arrangement that starts next year.
	await page.goto('/admin/ordninger/ny');
	const name = `Fremtidig ordning ${free.name}`;
	await page.getByLabel('Navn på ordningen').fill(name);
	await page.getByLabel('Legg til kommune').fill(free.kommunenummer);
	await page.getByLabel('Legg til kommune').press('Enter');
	await page.getByLabel(/^Vertskommune/).selectOption(free.kommunenummer);
	await page.getByLabel('Startdato').fill(`${year}-03-01`);
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByText('Endringen er lagret.')).toBeVisible();
	const future = page.locator('tbody tr', { hasText: name });
	await expect(future.locator('td').nth(1)).toContainText(free.name);
	await expect(future.locator('td').nth(3)).toContainText(`Starter 1. mars ${year}`);
	// Its form says from when the member is in it.
	await future.getByRole('link', { name }).click();
	await expect(page.getByRole('toolbar', { name: 'Valgte kommuner' }).getByRole('listitem')).toContainText(
		`${free.name} (${free.kommunenummer}`
	);
	await expect(page.locator('.chosen li', { hasText: free.name })).toContainText(`fra 1. mars ${year}`);

	// A member leaves an arrangement next year: the overview says so.
	await page.goto(`/admin/ordninger/${shared.arrangement_id}`);
	await page.getByRole('button', { name: `Fjern ${shared.name}` }).click();
	await page.getByLabel(/^Vertskommune/).selectOption({ index: 1 });
	await page.getByLabel('Endringer i hvilke kommuner som er med, gjelder fra').fill(`${year}-07-01`);
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByText('Endringen er lagret.')).toBeVisible();
	await expect(
		page.locator('tbody tr', { hasText: shared.arrangement_name! }).locator('td').nth(1)
	).toContainText(`Ute fra 1. juli ${year}: −${shared.name}`);
	// The form says so too, beside the member who leaves.
	await page.goto(`/admin/ordninger/${shared.arrangement_id}`);
	await expect(page.locator('.chosen li', { hasText: shared.name })).toContainText(`til 30. juni ${year}`);
});
