// The policy dashboard: year control, figures and map colours consistent with the SQL timeline, the view in
// the URL, the CSV of the table, accessibility.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { PHASE_COLOURS } from '../../src/lib/policy/phase-colours.ts';

interface Timeline {
	from_year: number;
	to_year: number;
	statuses: Record<string, string>;
	phases: Record<string, string>;
}

async function timeline(page: Page): Promise<Timeline> {
	return (await (await page.request.get('/api/tidslinje.json')).json()) as Timeline;
}

/** Counts from the per-municipality strings: independent of the summary rows the page shows. */
function counted(t: Timeline, year: number, county?: string) {
	const entries = Object.entries(t.statuses).filter(([k]) => !county || k.startsWith(county));
	const at = year - t.from_year;
	const own = entries.filter(([, s]) => s[at] === 'o').length;
	const shared = entries.filter(([, s]) => s[at] === 's').length;
	return { own, shared, covered: own + shared, total: entries.length };
}

const figure = (page: Page, name: string) => page.locator(`[data-figure="${name}"] strong`);

test('moving the year changes the figures as the SQL timeline says', async ({ page }) => {
	const t = await timeline(page);
	await page.goto('/statistikk?ar=2014');
	const slider = page.getByRole('slider', { name: /År/ });
	await expect(slider).toHaveValue('2014');
	const in2014 = counted(t, 2014);
	await expect(figure(page, 'covered')).toHaveText(`${in2014.covered} av 357 kommuner har kreftkoordinator`);
	await expect(page.locator('[data-figure="covered"] span')).toHaveText(
		`${in2014.own} med egen, ${in2014.shared} i interkommunalt samarbeid`
	);

	await slider.focus();
	for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveValue('2018');
	const in2018 = counted(t, 2018);
	expect(in2018.covered).not.toBe(in2014.covered);
	await expect(figure(page, 'covered')).toHaveText(`${in2018.covered} av 357 kommuner har kreftkoordinator`);
	await expect(figure(page, 'uncovered')).toHaveText(
		`${357 - in2018.covered} kommuner uten kreftkoordinator`
	);
	await expect(page).toHaveURL(/\?ar=2018$/);

	// A county: its row in the table agrees with the strings too.
	await page.getByLabel('Fylke', { exact: true }).selectOption({ label: 'Vestland' });
	const vestland = counted(t, 2018, '46');
	await expect(figure(page, 'covered')).toHaveText(
		`${vestland.covered} av ${vestland.total} kommuner har kreftkoordinator`
	);
	await expect(page.locator('tr[data-county="46"] td').nth(1)).toHaveText(String(vestland.covered));
});

test('the map is restyled by year and layer without reloading its geometry, as the timeline says', async ({
	page
}) => {
	const t = await timeline(page);
	let geometryRequests = 0;
	page.on('request', (request) => {
		if (request.url().includes('kommuner.topo.json')) geometryRequests++;
	});
	await page.goto('/statistikk?ar=2013&lag=finansiering');
	await page.locator('.coverage-map').hover();
	await expect(page.locator('[data-coverage-map][data-ready="true"]')).toBeVisible({ timeout: 20_000 });
	const state = (k: string) =>
		page.evaluate(
			(id) =>
				(
					document.querySelector('[data-coverage-map]') as unknown as {
						coverageMap: { getFeatureState(f: object): Record<string, unknown> };
					}
				).coverageMap.getFeatureState({ source: 'municipalities', id }),
			k
		);
	// Oslo's funding phase in two years, and the colour the map has for it.
	const colourOf = PHASE_COLOURS;
	const phase2013 = t.phases['0301'][2013 - t.from_year] as keyof typeof colourOf;
	await expect.poll(async () => (await state('0301')).colour).toBe(colourOf[phase2013]);
	await page.getByRole('button', { name: /Neste år/ }).click();
	const phase2014 = t.phases['0301'][2014 - t.from_year] as keyof typeof colourOf;
	await expect.poll(async () => (await state('0301')).colour).toBe(colourOf[phase2014]);

	// Back to status: the colour override goes, the status follows the year.
	await page.getByLabel('Status', { exact: true }).check();
	await expect.poll(async () => (await state('0301')).colour ?? null).toBeNull();
	const someone = Object.entries(t.statuses).find(([, s]) => s[0] === 'n' && s[s.length - 1] !== 'n')![0];
	await page.getByRole('slider', { name: /År/ }).fill(String(t.from_year));
	await expect.poll(async () => (await state(someone)).status).toBe('none');
	await page.getByRole('slider', { name: /År/ }).fill(String(t.to_year));
	await expect.poll(async () => (await state(someone)).status).not.toBe('none');
	expect(geometryRequests).toBe(1);
});

test('a shared link restores the view, and the table downloads as the CSV it shows', async ({ page }) => {
	await page.goto('/statistikk?ar=2016&lag=finansiering&fylke=46&sorter=covered&synkende=1');
	await expect(page.getByRole('slider', { name: /År/ })).toHaveValue('2016');
	await expect(page.getByLabel('Finansiering', { exact: true })).toBeChecked();
	await expect(page.getByLabel('Fylke', { exact: true })).toHaveValue('46');
	await expect(page.getByRole('columnheader', { name: /Med koordinator/ })).toHaveAttribute(
		'aria-sort',
		'descending'
	);
	const shown = await page
		.locator('table.counties tbody tr')
		.evaluateAll((rows) =>
			rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim()))
		);
	const covered = shown.map((row) => Number(row[2]));
	expect(covered).toEqual([...covered].sort((a, b) => b - a));

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Last ned tabellen (CSV)' }).click();
	const file = await (await download).path();
	const text = await readFile(file, 'utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const rows = parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
	expect(rows.map((r) => r['Fylke'])).toEqual(shown.map((r) => r[0]));
	expect(rows.map((r) => Number(r['Med koordinator']))).toEqual(covered);
});

test('axe finds no violations on the dashboard', async ({ page }) => {
	await page.goto('/statistikk');
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});
