// Spreadsheet import: the preview lists exactly what will change, applying changes exactly that, an export
// imports back unchanged, and bad files (empty, Windows-1252, 10 000 rows with one error, duplicates,
// scripts) get clear messages and change nothing. Against the production build on the e2e database.
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { holdScripts } from './slow-scripts.ts';
import { signIn } from './staff-helpers.ts';

type Rows = Record<string, string | number | null>[];
type Export = Record<'arrangement' | 'coordinator' | 'service', Rows>;

const exported = async (page: Page) =>
	(await (await page.request.get('/admin/eksport/programdata.json')).json()) as Export;

async function preview(page: Page, table: string, name: string, content: string | Buffer) {
	await page.goto('/admin/import');
	await page.getByLabel('Tabell', { exact: true }).selectOption(table);
	await page.getByLabel('CSV-fil').setInputFiles({
		name,
		mimeType: 'text/csv',
		buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content
	});
	await page.getByRole('button', { name: 'Forhåndsvis' }).click();
}

const summary = (page: Page) => page.locator('[data-import-summary]');

test.beforeEach(async ({ page }) => signIn(page, 'editor'));

test('an import preview lists the right changes, and applying it changes exactly those', async ({ page }) => {
	const before = await exported(page);
	const csv = (await (await page.request.get('/admin/eksport/coordinator.csv')).body()).toString('utf8');
	const rows = parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
	const target = rows.find((r) => r.title && r.phone)!;
	// One changed title, one new coordinator (no id), the rest as exported.
	const edited = rows.map((r) => (r.id === target.id ? { ...r, title: 'Importert tittel' } : r));
	const columns = Object.keys(rows[0]);
	const line = (r: Record<string, string>) => columns.map((c) => JSON.stringify(r[c] ?? '')).join(';');
	const newRow = {
		...Object.fromEntries(columns.map((c) => [c, ''])),
		full_name: 'Importert Ny Person',
		phone: '23 45 67 89'
	};
	const file = [columns.join(';'), ...edited.map(line), line(newRow)].join('\r\n');

	await preview(page, 'coordinator', 'koordinatorer.csv', '\uFEFF' + file);
	await expect(summary(page)).toContainText('1 nye, 1 endret, 0 fjernet');
	await expect(summary(page)).toContainText('0 feil');
	await expect(summary(page)).toContainText('UTF-8, skilt med semikolon');
	const change = page.locator(`table.import-changes tr[data-id="${target.id}"]`);
	await expect(change).toHaveCount(1);
	await expect(change.locator('.before')).toHaveText(target.title);
	await expect(change.locator('.after')).toHaveText('Importert tittel');
	await expect(page.locator('table.import-additions')).toContainText('Importert Ny Person');

	await page.getByRole('button', { name: /Lagre alle 2 endringene/ }).click();
	await expect(page.getByRole('alert')).toContainText(
		'Importen er lagret i koordinatorer: 1 nye, 1 endret og 0 fjernet'
	);

	const after = await exported(page);
	const changedRow = after.coordinator.find((c) => c.id === target.id)!;
	expect(changedRow.title).toBe('Importert tittel');
	// Nothing else of the row changed (apart from the version stamps).
	const comparable = (row: Rows[number]) =>
		Object.entries(row).filter(([k]) => !['title', 'version', 'updated_at', 'updated_by'].includes(k));
	expect(comparable(changedRow)).toEqual(comparable(before.coordinator.find((c) => c.id === target.id)!));
	const added = after.coordinator.filter((c) => c.full_name === 'Importert Ny Person');
	expect(added).toHaveLength(1);
	expect(added[0].phone).toBe('23 45 67 89');
	expect(after.coordinator.length).toBe(before.coordinator.length + 1);
});

test('an export imports back without changes (services exactly; arrangements without errors)', async ({
	page
}) => {
	for (const table of ['service', 'arrangement'] as const) {
		const csv = await (await page.request.get(`/admin/eksport/${table}.csv`)).body();
		await preview(page, table, `${table}.csv`, csv);
		await expect(summary(page)).toContainText('0 feil');
		await expect(summary(page)).toContainText('0 nye');
		await expect(summary(page)).toContainText('0 fjernet');
		if (table === 'service') {
			await expect(summary(page)).toContainText('0 endret');
			await expect(page.getByText('Filen gir ingen endringer.')).toBeVisible();
		}
	}
});

test('bad files get clear messages and change nothing', async ({ page }) => {
	const before = await exported(page);

	// Empty.
	await preview(page, 'coordinator', 'tom.csv', '');
	await expect(page.getByRole('alert')).toHaveText('Filen er tom.');

	// Windows-1252 with commas, as Excel saves it: read correctly, and shown before anything is stored.
	const cp1252 = Buffer.from(
		[...'full_name,title\r\n']
			.map((c) => c.charCodeAt(0))
			.concat(
				[
					0xc6,
					...[...'rlig '].map((c) => c.charCodeAt(0)),
					0xd8,
					...[...'yvind '].map((c) => c.charCodeAt(0)),
					0xc5
				],
				[...'sen,<script>window.hacked=1</script>\r\n'].map((c) => c.charCodeAt(0))
			)
	);
	await preview(page, 'coordinator', 'excel.csv', cp1252);
	await expect(summary(page)).toContainText('Windows-1252');
	await expect(summary(page)).toContainText('skilt med komma');
	const addition = page.locator('table.import-additions tbody tr');
	await expect(addition).toContainText('Ærlig Øyvind Åsen');
	await expect(addition).toContainText('<script>window.hacked=1</script>');
	expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();

	// 10 000 rows with one bad phone number near the end, and a duplicated row.
	const lines = Array.from({ length: 10_000 }, (_, i) => `Masseimport ${i};2${String(i).padStart(7, '0')}`);
	lines[9_990] = 'Masseimport feil;12';
	lines[500] = lines[499];
	await preview(page, 'coordinator', 'stor.csv', `full_name;phone\n${lines.join('\n')}\n`);
	await expect(summary(page)).toContainText('10 000 rader');
	await expect(summary(page)).toContainText('2 feil');
	const errors = page.locator('table.import-errors tbody tr');
	await expect(errors.filter({ hasText: 'raden er lik linje 501' })).toContainText('502');
	await expect(errors.filter({ hasText: '«12» er ikke et norsk telefonnummer' })).toContainText('9992');
	await expect(page.getByRole('button', { name: /Lagre alle/ })).toHaveCount(0);

	// Posting the apply step anyway (as a crafted request would) is refused the same way.
	const form = page.locator('form[action="?/apply"]');
	await form.evaluate((f: HTMLFormElement) => f.requestSubmit());
	await expect(page.getByRole('alert').first()).toContainText('Filen har feil');

	// Nothing of any of these files is stored.
	const after = await exported(page);
	const names = new Set(after.coordinator.map((c) => String(c.full_name)));
	expect(names.has('Ærlig Øyvind Åsen')).toBe(false);
	expect([...names].some((n) => n.startsWith('Masseimport'))).toBe(false);
	expect(after.coordinator.length).toBeLessThanOrEqual(before.coordinator.length + 1);
});

test('the import page and its actions are for staff only', async ({ browser }) => {
	const page = await (await browser.newContext()).newPage();
	await page.goto('/admin/import');
	await expect(page).toHaveURL(/\/logg-inn\?til=%2Fadmin%2Fimport$/);
	const refused = await page.request.post('/admin/import?/apply', {
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		multipart: { tabell: 'coordinator', tekst: 'full_name\nInntrenger\n' },
		maxRedirects: 0
	});
	expect(refused.status()).toBe(303);
	expect(refused.headers()['location']).toContain('/logg-inn');
});

test('a table chosen before the page’s scripts have run stays chosen', async ({ page }) => {
	const release = await holdScripts(page);
	await page.goto('/admin/import', { waitUntil: 'domcontentloaded' });
	await page.getByLabel('Tabell', { exact: true }).selectOption('service');
	release();
	await page.waitForLoadState('networkidle');
	// The scripts have loaded; hydration follows at once.
	await page.waitForTimeout(500);
	await expect(page.getByLabel('Tabell', { exact: true })).toHaveValue('service');
});

test('the preview keeps the file on the server: the form carries only its id, and a lost id asks for the file again', async ({
	page
}) => {
	const content = 'full_name;phone\nFilen Blir På Tjeneren;23 45 67 80\n';
	await preview(page, 'coordinator', 'en.csv', content);
	await expect(summary(page)).toContainText('1 nye');
	const form = page.locator('form[action="?/apply"]');
	// No field of the preview form holds the file's content.
	const fields = await form
		.locator('input[type="hidden"]')
		.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
	expect(
		fields.some((value) => value.includes('Filen Blir På Tjeneren') || value.includes('full_name'))
	).toBe(false);
	await expect(form.locator('input[name="fil-id"]')).toHaveValue(/^[0-9a-f-]{36}$/);

	// A preview whose file is no longer kept (expired, or another session's id): a clear message, nothing changed.
	await form
		.locator('input[name="fil-id"]')
		.evaluate((input: HTMLInputElement) => (input.value = crypto.randomUUID()));
	await page.getByRole('button', { name: /Lagre alle/ }).click();
	await expect(page.getByRole('alert').first()).toContainText('Last den opp på nytt; ingenting er endret.');
	let names = (await exported(page)).coordinator.map((c) => c.full_name);
	expect(names).not.toContain('Filen Blir På Tjeneren');

	// Uploading it again works, and applying reads the kept file.
	await preview(page, 'coordinator', 'en.csv', content);
	await page.getByRole('button', { name: /Lagre alle/ }).click();
	await expect(page.getByRole('alert')).toContainText('Importen er lagret i koordinatorer: 1 nye');
	names = (await exported(page)).coordinator.map((c) => c.full_name);
	expect(names.filter((n) => n === 'Filen Blir På Tjeneren')).toHaveLength(1);
});
