// A municipality's history (issue 17, item 3) on its page, in the front page's panel and on its fact sheet
// (item 6): in three languages, without JavaScript, at 390 px without sideways scrolling, axe clean; every
// year's status, arrangement and co-funding share equal the SQL's (public.municipality_year_history through
// /data/historikk.json), for municipalities that changed status over the years; the fact sheet prints without
// its controls.
import { expect, test, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

// axe on pages with the whole map takes long on a busy machine.
test.describe.configure({ timeout: 300_000 });

type Messages = Record<string, string>;
const messages = (locale: string): Messages => ({
	...JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')),
	...JSON.parse(readFileSync(`messages/history/${locale}.json`, 'utf8'))
});
const LOCALES = [
	['', 'nb'],
	['/nn', 'nn'],
	['/en', 'en']
] as const;
const STATUS_KEY = {
	own: 'status_own',
	inter_municipal: 'status_inter_municipal',
	none: 'status_none'
} as const;
const PHASE_KEY: Record<string, string> = {
	cofunded_75: 'phase_7',
	stepdown_60: 'phase_6',
	stepdown_40: 'phase_4',
	stepdown_20: 'phase_2',
	municipal: 'phase_m',
	not_started: 'phase_w'
};

interface Row {
	year: number;
	kommunenummer: string;
	status: keyof typeof STATUS_KEY;
	arrangement_name: string | null;
	funding_phase: string | null;
	society_percent: number | null;
}

/** The SQL's years for some municipalities, and municipalities whose status changed (shared, then none). */
async function sqlYears(page: Page) {
	const response = await page.request.get('/data/historikk.json');
	expect(response.status()).toBe(200);
	const rows = ((await response.json()) as { rows: Row[] }).rows;
	const of = (kommunenummer: string) => rows.filter((r) => r.kommunenummer === kommunenummer);
	const statuses = (k: string) => new Set(of(k).map((r) => r.status));
	const changed = [...new Set(rows.map((r) => r.kommunenummer))].filter((k) => {
		const years = of(k);
		return statuses(k).has('inter_municipal') && years.at(-1)!.status === 'none';
	});
	return { of, changed };
}

/** The timeline on the page says, for every year, what the SQL says. */
async function expectTimeline(scope: ReturnType<Page['locator']>, years: Row[], t: Messages) {
	const strip = scope.locator('.strip');
	await expect(strip.locator('[data-year]')).toHaveCount(years.length);
	const periods = scope.locator('ol.periods > li');
	for (const row of years) {
		const cell = strip.locator(`[data-year="${row.year}"]`);
		await expect(cell).toHaveAttribute('data-status', row.status);
		await expect(cell.locator('.share')).toHaveText(row.society_percent ? String(row.society_percent) : '');
		// The same year in words: the period that holds it names the status, the arrangement and the phase.
		const holding = await periods.evaluateAll(
			(items, year) =>
				(items as HTMLElement[]).findIndex(
					(li) => Number(li.dataset.from) <= year && year <= Number(li.dataset.to)
				),
			row.year
		);
		expect(holding, `a period holds ${row.year}`).toBeGreaterThanOrEqual(0);
		const li = periods.nth(holding);
		await expect(li).toHaveAttribute('data-status', row.status);
		await expect(li).toContainText(t[STATUS_KEY[row.status]]);
		if (row.status === 'inter_municipal') await expect(li).toContainText(row.arrangement_name!);
		if (row.funding_phase) await expect(li).toContainText(t[PHASE_KEY[row.funding_phase]]);
	}
}

async function noSidewaysScroll(page: Page) {
	const [scroll, client] = await page.evaluate(() => [
		document.documentElement.scrollWidth,
		document.documentElement.clientWidth
	]);
	expect(scroll).toBeLessThanOrEqual(client);
}

/** axe needs scripts: the same page again, in a page with JavaScript at the same size. */
async function axeClean(noScripts: Page) {
	const context = await noScripts
		.context()
		.browser()!
		.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await page.goto(noScripts.url());
	const results = await new AxeBuilder({ page }).analyze();
	await context.close();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

const phoneWithoutScripts = (browser: Browser) =>
	browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

for (const [prefix, locale] of LOCALES) {
	test(`the municipality page's history equals the SQL's, without JavaScript at 390 px (${locale})`, async ({
		browser
	}) => {
		const t = messages(locale);
		const context = await phoneWithoutScripts(browser);
		const page = await context.newPage();
		const { of, changed } = await sqlYears(page);
		expect(changed.length).toBeGreaterThan(0);
		for (const kommunenummer of [changed[0], '4627']) {
			const years = of(kommunenummer);
			await page.goto(`${prefix}/kommune/${kommunenummer}`);
			const history = page.locator('section.history');
			const [from, to] = [years[0].year, years.at(-1)!.year];
			await expect(history.getByRole('heading', { level: 2 })).toHaveText(
				t.history_heading.replace('{from}', String(from)).replace('{to}', String(to))
			);
			await expect(history).toContainText('2024');
			await expectTimeline(history, years, t);
			await noSidewaysScroll(page);
		}
		await axeClean(page);
		await context.close();
	});

	test(`the fact sheet, linked from the page, without JavaScript at 390 px, and in print (${locale})`, async ({
		browser
	}) => {
		const t = messages(locale);
		const context = await phoneWithoutScripts(browser);
		const page = await context.newPage();
		const { of, changed } = await sqlYears(page);
		// A shared arrangement today, so that members and funding are on the sheet.
		const shared = (await (await page.request.get('/data/dekning.json')).json()).rows.find(
			(r: Row) => r.status === 'inter_municipal'
		) as Row & { name: string };
		for (const kommunenummer of [shared.kommunenummer, changed[0]]) {
			await page.goto(`${prefix}/kommune/${kommunenummer}`);
			await page.getByRole('link', { name: t.factsheet_link }).click();
			await expect(page).toHaveURL(new RegExp(`${prefix}/kommune/${kommunenummer}-[a-z0-9-]+/faktaark$`));
			const sheet = page.locator('article.sheet');
			await expect(page.getByRole('heading', { level: 1 })).toContainText(
				t.factsheet_heading.replace('{name}', '').trim()
			);
			await expect(
				sheet.getByRole('heading', { name: t.factsheet_status_heading, exact: true })
			).toBeVisible();
			await expectTimeline(sheet.locator('section.history'), of(kommunenummer), t);
			// The map picture, drawn by the server into the page, with the municipality selected.
			const map = sheet.locator('.map-box svg');
			await expect(map).toBeVisible();
			await expect(map.locator('path.selected')).toHaveCount(1);
			await expect(sheet.locator('.map')).toContainText(t.factsheet_map_alt.split('{name}')[0].trim());
			if (kommunenummer === shared.kommunenummer) {
				await expect(sheet.getByRole('heading', { name: t.contact_heading })).toBeVisible();
				await expect(sheet.getByText(t.factsheet_members_heading, { exact: true })).toBeVisible();
				await expect(sheet.getByRole('heading', { name: t.factsheet_funding_heading })).toBeVisible();
			}
			// Without JavaScript there is no print button, only the hint naming the browser's command.
			await expect(page.getByRole('button', { name: t.factsheet_print })).toHaveCount(0);
			await expect(page.getByText(t.factsheet_print_hint)).toBeVisible();
			await noSidewaysScroll(page);
			await axeClean(page);

			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('[data-controls]')).toBeHidden();
			for (const nav of await page.locator('header nav').all()) await expect(nav).toBeHidden();
			await expect(sheet).toBeVisible();
			await expect(sheet.locator('section.history ol.periods')).toBeVisible();
			await expect(map).toBeVisible();
			await page.emulateMedia({ media: 'screen' });
		}
		await context.close();
	});
}

test('with JavaScript: the print button prints nothing of itself; the panel shows the history from the page data', async ({
	page
}) => {
	const t = messages('nb');
	const { of, changed } = await sqlYears(page);
	await page.goto(`/kommune/${changed[0]}/faktaark`);
	const print = page.getByRole('button', { name: t.factsheet_print });
	await expect(print).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(print).toBeHidden();
	await page.emulateMedia({ media: 'screen' });

	// The panel: its history comes with the details (the page's data), in one request.
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	const requests: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname.startsWith('/kommune/')) requests.push(request.url());
	});
	await expect(async () => {
		if (new URL(page.url()).pathname !== '/') await page.goto('/');
		await page.locator(`svg [data-kommunenummer="${changed[0]}"]`).first().dispatchEvent('click');
		await expect(page.locator('aside[data-panel="loaded"]')).toBeVisible({ timeout: 1000 });
	}).toPass();
	const panel = page.locator('aside[data-panel="loaded"]');
	await expectTimeline(panel.locator('section.history'), of(changed[0]), t);
	await expect(panel.locator('section.history').getByRole('heading', { level: 3 })).toBeVisible();
	expect(requests.filter((url) => !url.includes('__data.json'))).toEqual([]);
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => v.id)).toEqual([]);
});

// Item 2: every year view says it counts in the 2024 structure and which population year it uses.
interface Summary {
	year: number;
	fylkesnummer: string | null;
	covered: number;
	population_year: number | null;
}
for (const [prefix, locale] of LOCALES) {
	test(`year views name the 2024 structure and the population year used (${locale})`, async ({ browser }) => {
		const t = messages(locale);
		const open = { ...t, ...JSON.parse(readFileSync(`messages/open/${locale}.json`, 'utf8')) } as Messages;
		const context = await phoneWithoutScripts(browser);
		const page = await context.newPage();
		const timeline = await (await page.request.get('/api/tidslinje.json')).json();
		const national = (year: number) =>
			(timeline.history as Summary[]).find((r) => r.year === year && r.fylkesnummer === null)!;
		// A year without SSB figures in the inputs, and the latest year (which has its own).
		const early = national(2015);
		expect(early.population_year).not.toBe(2015);
		for (const row of [early, national(timeline.to_year)]) {
			await page.goto(`${prefix}/statistikk?ar=${row.year}`);
			const basis = page.locator('[data-year-basis]').first();
			await expect(basis).toContainText(t.year_basis_structure);
			await expect(basis).toContainText(
				row.population_year === row.year
					? t.year_basis_population_own.replace('{population_year}', String(row.population_year))
					: t.year_basis_population
							.replace('{year}', String(row.year))
							.replace('{population_year}', String(row.population_year))
			);
			await expect(page.locator('#trend-caption')).toContainText(t.year_basis_structure);
			await noSidewaysScroll(page);
			await basis.getByRole('link', { name: t.year_basis_compare }).click();
			await expect(page).toHaveURL(new RegExp(`${prefix}/data#compare$`));
			await expect(page.locator('#compare')).toBeVisible();
		}
		// The definitions compare with the 2015 report (428 municipalities then) by today's count for 2015.
		await expect(page.locator('[data-compare-example]')).toHaveText(
			open.data_compare_example.replace('{covered}', String(early.covered))
		);
		await context.close();
	});
}

test('the downloads say which structure and population year they use', async ({ request }) => {
	for (const path of ['/data/historikk.json', '/data/dekning.json']) {
		const { meta } = await (await request.get(path)).json();
		expect(meta.structure).toContain('357');
		expect(meta.population).toContain('population_year');
	}
});
