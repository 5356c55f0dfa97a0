// Imports that cannot damage or lose data: Windows-1252 read with its real characters (en dash, €, curly
// quotes) all the way to the public page, control characters refused; removals shown first and applied only
// with a confirmation naming their count; the same file imported twice adds nothing the second time; and
// coordinators an import leaves in no arrangement flagged in the preview and on the front page.
import { expect, test, type Page } from '@playwright/test';
import iconv from 'iconv-lite';
import { signIn } from './staff-helpers.ts';

type Rows = Record<string, string | number | null>[];
type Export = Record<'arrangement' | 'coordinator' | 'service' | 'arrangement_coordinator', Rows>;

const exported = async (page: Page) =>
	(await (await page.request.get('/admin/eksport/programdata.json')).json()) as Export;

async function preview(page: Page, table: string, content: string | Buffer, removeMissing = false) {
	await page.goto('/admin/import');
	await page.getByLabel('Tabell', { exact: true }).selectOption(table);
	await page.getByLabel('CSV-fil').setInputFiles({
		name: 'fil.csv',
		mimeType: 'text/csv',
		buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content
	});
	if (removeMissing) await page.getByLabel(/Filen er hele tabellen/).check();
	await page.getByRole('button', { name: 'Forhåndsvis' }).click();
	await expect(page.locator('[data-import-summary]')).toBeVisible();
}

const summary = (page: Page) => page.locator('[data-import-summary]');

test.beforeEach(async ({ page }) => signIn(page, 'editor'));

test('a Windows-1252 file keeps its en dashes, € and curly quotes, up to the public page', async ({
	page
}) => {
	const data = await exported(page);
	// A coordinator of an arrangement in Vestfold (39), which no other test imports into.
	const arrangement = data.arrangement.find((a) => String(a.host_kommunenummer).startsWith('39'))!;
	const link = data.arrangement_coordinator.find((l) => l.arrangement_id === arrangement.id)!;
	const hours = 'Man–fre 08.30–15.00 (“drop-in”, 0 €)';
	const file = iconv.encode(`id;office_hours\r\n${link.coordinator_id};${hours}\r\n`, 'windows-1252');
	expect(file.includes(0x96)).toBe(true);

	await preview(page, 'coordinator', file);
	await expect(summary(page)).toContainText('Windows-1252');
	await expect(summary(page)).toContainText('0 nye, 1 endret, 0 fjernet');
	await expect(page.locator('table.import-changes .after')).toHaveText(hours);
	await page.getByRole('button', { name: /Lagre alle 1 endringene/ }).click();
	await expect(page.getByRole('alert')).toContainText('Importen er lagret');

	const stored = (await exported(page)).coordinator.find((c) => c.id === link.coordinator_id)!;
	expect(stored.office_hours).toBe(hours);
	await expect
		.poll(async () => (await page.request.get(`/kommune/${arrangement.host_kommunenummer}`)).text())
		.toContain('Man–fre 08.30–15.00');
});

test('control characters are refused in the import and in the forms, with the field named', async ({
	page
}) => {
	await preview(
		page,
		'coordinator',
		'full_name;phone;office_hours\nKontroll Tegn;22 33 44 55;Man\u0096fre\n'
	);
	await expect(page.locator('table.import-errors')).toContainText('U+0096');
	await expect(page.getByRole('button', { name: /Lagre/ })).toHaveCount(0);

	const data = await exported(page);
	const arrangement = data.arrangement.find((a) => String(a.host_kommunenummer).startsWith('39'))!;
	const link = data.arrangement_coordinator.find((l) => l.arrangement_id === arrangement.id)!;
	await page.goto(`/admin/koordinatorer/${link.coordinator_id}`);
	await page.getByLabel('Kontortid').fill('Man\u0096fre');
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.locator('#office_hours-error')).toContainText('kontrolltegn (U+0096)');
});

test('removals come first, and need a confirmation that names the count (typed when over a tenth)', async ({
	page
}) => {
	const before = await exported(page);
	const total = before.coordinator.length;
	const keep = before.coordinator.slice(0, 3);
	const file = ['id;full_name', ...keep.map((c) => `${c.id};${c.full_name}`)].join('\n');
	await preview(page, 'coordinator', file, true);
	const removals = page.getByRole('region', {
		name: `${total - 3} av ${total} rader i koordinatorer blir fjernet`
	});
	await expect(removals).toBeVisible();
	// Shown before the column mapping and any change.
	const order = await page.evaluate(() => {
		const removalsBox = document.querySelector('.removals')!.getBoundingClientRect().top;
		const mapping = document.querySelector('fieldset')!.getBoundingClientRect().top;
		return removalsBox < mapping;
	});
	expect(order).toBe(true);
	const apply = page.getByRole('button', { name: `Lagre 0 endringer og fjern ${total - 3} rader` });
	await expect(apply).toBeVisible();
	const typed = page.getByLabel(/Skriv antallet rader som fjernes/);
	await expect(typed).toBeVisible();

	// Without the count (as a crafted post would), and with a wrong count: refused, nothing removed.
	await typed.evaluate((input) => input.removeAttribute('required'));
	await apply.click();
	await expect(page.getByRole('alert').first()).toContainText(`Importen fjerner ${total - 3} rader`);
	await page.getByLabel(/Skriv antallet rader som fjernes/).fill(String(total - 4));
	await page.getByRole('button', { name: /og fjern/ }).click();
	await expect(page.getByRole('alert').first()).toContainText('ingenting er endret');
	expect((await exported(page)).coordinator.length).toBe(total);
});

test('a small removal is confirmed with a tick naming the count, and then applied', async ({ page }) => {
	const name = `Midlertidig tilbud ${Date.now()}`;
	await preview(page, 'service', `category;name;kommunenummer\nother;${name};3905\n`);
	await page.getByRole('button', { name: /Lagre alle 1 endringene/ }).click();
	await expect(page.getByRole('alert')).toContainText('1 nye');

	const csv = (await (await page.request.get('/admin/eksport/service.csv')).body()).toString('utf8');
	const lines = csv
		.replace(/^\uFEFF/, '')
		.trim()
		.split(/\r?\n/);
	const without = lines.filter((line) => !line.includes(name)).join('\n');
	const count = lines.length - 1;
	await preview(page, 'service', without, true);
	await expect(
		page.getByRole('region', { name: `1 av ${count} rader i lokale tilbud blir fjernet` })
	).toContainText(name);
	const tick = page.getByLabel('Ja, fjern 1 rader fra lokale tilbud');
	await tick.evaluate((input) => input.removeAttribute('required'));
	await page.getByRole('button', { name: 'Lagre 0 endringer og fjern 1 rader' }).click();
	await expect(page.getByRole('alert').first()).toContainText('Kryss av');
	expect((await exported(page)).service.some((s) => s.name === name)).toBe(true);

	await page.getByLabel('Ja, fjern 1 rader fra lokale tilbud').check();
	await page.getByRole('button', { name: 'Lagre 0 endringer og fjern 1 rader' }).click();
	await expect(page.getByRole('alert')).toContainText('0 nye, 0 endret og 1 fjernet');
	expect((await exported(page)).service.some((s) => s.name === name)).toBe(false);
});

test('the same file imported twice adds nothing the second time; a coordinator left in no arrangement is flagged', async ({
	page
}) => {
	const person = `Gjentatt Import ${Date.now()}`;
	const file = `full_name;phone;email\n${person};22 44 66 88;gjentatt@example.org\n`;
	await preview(page, 'coordinator', file);
	await expect(summary(page)).toContainText('1 nye, 0 endret');
	const flagged = page.getByRole('region', { name: /1 koordinatorer hører ikke til noen ordning/ });
	await expect(flagged).toContainText(person);
	await page.getByRole('button', { name: /Lagre alle 1 endringene/ }).click();
	await expect(page.getByRole('alert')).toContainText('1 nye');

	await preview(page, 'coordinator', file);
	await expect(summary(page)).toContainText('0 nye, 0 endret, 0 fjernet, 1 uendret');
	await expect(page.getByText('Filen gir ingen endringer.')).toBeVisible();
	expect((await exported(page)).coordinator.filter((c) => c.full_name === person)).toHaveLength(1);

	await page.goto('/admin');
	const attention = page.locator('[data-attention="unlinked"]');
	await expect(attention).toContainText('Koordinatorer som ikke hører til noen ordning');
	await expect(attention.getByRole('link', { name: person })).toBeVisible();
});
