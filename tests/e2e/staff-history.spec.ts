// Reading what happened (issue 19, item 4): the history says in words who changed what, one entry per save,
// with names instead of codes and ids, labelled undos, filters, and a history on each record's own page.
import { expect, test } from '@playwright/test';
import { ACCOUNTS } from './staff-accounts.ts';
import { rowIn, signIn, UUID_TEXT } from './staff-helpers.ts';

test('one readable entry per save: who, which record, each field by its label, no codes or ids', async ({
	page
}) => {
	const row = await rowIn(page.request, '33');
	await signIn(page, 'editor');
	await page.goto(`/admin/ordninger/${row.arrangement_id}`);
	await page.getByLabel('Stillingsprosent').fill('60');
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByText('Endringen er lagret.')).toBeVisible();
	await page.goto(`/admin/ordninger/${row.arrangement_id}`);
	await page.getByLabel('Stillingsprosent').fill('70');
	const note = `Notat ${Date.now()}`;
	await page.getByLabel(/Notat/).fill(note);
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByText('Endringen er lagret.')).toBeVisible();
	// A save that changes nothing leaves no entry.
	await page.goto(`/admin/ordninger/${row.arrangement_id}`);
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByText('Endringen er lagret.')).toBeVisible();

	await page.goto(`/admin/historikk?post=${row.arrangement_id}`);
	const entries = page.locator('.saves > li');
	const latest = entries.first();
	await expect(latest.locator('.headline')).toHaveText(`${ACCOUNTS.editor} endret ${row.arrangement_name}`);
	await expect(latest).toContainText('Stillingsprosent 60 % → 70 %');
	await expect(latest).toContainText('Notat lagt til');
	await expect(entries.nth(1)).toContainText('→ 60 %');
	const text = await page.locator('.saves').innerText();
	for (const raw of ['position_percent', 'host_kommunenummer', 'valid_from', 'notes', 'arrangement_member'])
		expect(text).not.toContain(raw);
	expect(text).not.toMatch(UUID_TEXT);
	// The empty save is not there: the newest entry is the one with the note.
	await expect(latest).toContainText(note);
});

test('an undo is labelled, names the save it took back, and every undo button has its own name', async ({
	page
}) => {
	const row = await rowIn(page.request, '31');
	await signIn(page, 'editor2');
	await page.goto(`/admin/ordninger/${row.arrangement_id}`);
	const name = `Angreprøve ${row.name}`;
	await page.getByLabel('Navn på ordningen').fill(name);
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByText('Endringen er lagret.')).toBeVisible();

	await page.goto('/admin/historikk');
	const undo = page.getByRole('button', { name: new RegExp(`^Angre endringen av ${name} `) });
	await expect(undo).toHaveCount(1);
	await undo.click();
	await expect(page.getByRole('alert')).toContainText('Endringen er angret');
	await page.goto(`/admin/historikk?post=${row.arrangement_id}`);
	await expect(page.locator('.saves > li').first().locator('.headline')).toHaveText(
		new RegExp(`^${ACCOUNTS.editor2} angret endringen av ${name} fra \\d`)
	);
	await expect(page.locator('.saves > li').first()).toContainText(`Navn ${name} → ${row.arrangement_name}`);

	const names = await page
		.getByRole('button', { name: /^Angre/ })
		.evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
	expect(names.length).toBeGreaterThan(1);
	expect(new Set(names).size).toBe(names.length);
});

test('a coordinator change says whose; names are resolved; filters by person and municipality', async ({
	page
}) => {
	const row = await rowIn(page.request, '39');
	await signIn(page, 'editor');
	await page.goto(`/admin/ordninger/${row.arrangement_id}`);
	await page.getByRole('region', { name: 'Koordinatorer' }).getByRole('link').first().click();
	await expect(page).toHaveURL(/\/admin\/koordinatorer\//);
	const person = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
	await page.getByLabel('Telefon').fill('+47 22 33 44 55');
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByText('Endringen er lagret.')).toBeVisible();

	await page.goto('/admin/historikk');
	await page.getByLabel('Kommune').selectOption({ label: `${row.name} (${row.kommunenummer})` });
	await page.getByLabel('Person').selectOption({ label: ACCOUNTS.editor });
	await page.getByRole('button', { name: 'Vis' }).click();
	await expect(page).toHaveURL(new RegExp(`kommune=${row.kommunenummer}`));
	const entry = page.locator('.saves > li').first();
	await expect(entry.locator('.headline')).toHaveText(
		`${ACCOUNTS.editor} endret koordinator ${person} (${row.arrangement_name})`
	);
	await expect(entry).toContainText('Telefon');
	await expect(entry).toContainText('→ +47 22 33 44 55');
	// Only this person's saves, and only ones about this municipality.
	for (const headline of await page.locator('.saves .headline').allInnerTexts())
		expect(headline.startsWith(ACCOUNTS.editor + ' ')).toBe(true);

	// The coordinator's own page has its history (from the filtered list: other tests save at the same time).
	await entry.getByRole('link', { name: person }).click();
	const section = page.getByRole('region', { name: 'Historikk' });
	await expect(section).toContainText('→ +47 22 33 44 55');
});

test("each record's own page has a history section", async ({ page }) => {
	const row = await rowIn(page.request, '32');
	await signIn(page, 'editor');
	await page.goto(`/admin/ordninger/${row.arrangement_id}`);
	await page.getByLabel('Stillingsprosent').fill('55');
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByText('Endringen er lagret.')).toBeVisible();
	await page.goto(`/admin/ordninger/${row.arrangement_id}`);
	const section = page.getByRole('region', { name: 'Historikk' });
	await expect(section).toContainText(`${ACCOUNTS.editor} endret ${row.arrangement_name}`);
	await expect(section).toContainText('→ 55 %');
	await expect(section.getByRole('link', { name: /Hele historikken/ })).toHaveAttribute(
		'href',
		`/admin/historikk?post=${row.arrangement_id}`
	);
});
