import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const SEARCH_LABEL = 'Søk etter kommune, sted eller postnummer';

async function tabTo(page: Page, label: string) {
	const target = page.getByLabel(label);
	for (let i = 0; i < 30; i++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error(`Could not reach «${label}» with Tab`);
}

test.describe('search', () => {
	test('keyboard only: type an ASCII spelling, choose the result, land on the municipality', async ({
		page
	}) => {
		await page.goto('/');
		await tabTo(page, SEARCH_LABEL);
		await page.keyboard.type('tromso');
		const option = page.getByRole('option', { name: /^Tromsø/ }).first();
		await expect(option).toBeVisible();
		await expect(page.locator('#search-status')).toContainText('treff');
		while (!(await option.getAttribute('data-highlighted').then((v) => v !== null)))
			await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/kommune\/5501-tromso$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tromsø');
	});

	test('a postal code shows its place and leads to the municipality', async ({ page }) => {
		await page.goto('/');
		await page.getByLabel(SEARCH_LABEL).fill('5300');
		const option = page.getByRole('option', { name: /Askøy/ });
		await expect(option).toContainText('Postnummer 5300 Kleppestø');
		await option.click();
		await expect(page).toHaveURL(/\/kommune\/4627-askoy$/);
	});

	test('a Sami name finds the municipality and no match says so', async ({ page }) => {
		await page.goto('/');
		const input = page.getByLabel(SEARCH_LABEL);
		await input.fill('Guovdageaidnu');
		await expect(page.getByRole('option').first()).toContainText('Guovdageaidnu - Kautokeino');
		await input.fill('xqzqx');
		await expect(page.locator('#search-status')).toHaveText(
			'Ingen treff på «xqzqx». Sjekk stavingen, eller prøv et postnummer.'
		);
	});

	test('if the index cannot be loaded, the box says so and the form still works', async ({ page }) => {
		await page.route('**/sok/indeks.json', (route) => route.fulfill({ status: 503, body: 'down' }));
		await page.goto('/');
		const input = page.getByLabel(SEARCH_LABEL);
		await input.fill('askøy');
		await expect(page.locator('#search-status')).toContainText('Søket virker ikke akkurat nå');
		await page.getByRole('button', { name: 'Søk', exact: true }).click();
		// The server searches instead, and an exact name opens the municipality.
		await expect(page).toHaveURL(/\/kommune\/4627-askoy$/);
	});
});

test.describe('use my location', () => {
	test('a position in Askøy opens Askøy', async ({ browser }) => {
		const context = await browser.newContext({
			permissions: ['geolocation'],
			geolocation: { latitude: 60.41, longitude: 5.225 }
		});
		const page = await context.newPage();
		await page.goto('/');
		await page.getByRole('button', { name: 'Bruk min posisjon' }).click();
		await expect(page).toHaveURL(/\/kommune\/4627-askoy$/);
		await context.close();
	});

	test('a position in Sweden gets a clear message', async ({ browser }) => {
		const context = await browser.newContext({
			permissions: ['geolocation'],
			geolocation: { latitude: 59.33, longitude: 18.07 }
		});
		const page = await context.newPage();
		await page.goto('/');
		await page.getByRole('button', { name: 'Bruk min posisjon' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'utenfor Norge' })).toBeVisible();
		await expect(page).toHaveURL(/\/$/);
		await context.close();
	});

	test('refused permission gets a clear message', async ({ browser }) => {
		const context = await browser.newContext({ permissions: [] });
		const page = await context.newPage();
		await page.goto('/');
		await page.getByRole('button', { name: 'Bruk min posisjon' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'ikke gitt tilgang' })).toBeVisible();
		await context.close();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('search works as a form with a results page', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('button', { name: 'Bruk min posisjon' })).toBeDisabled();
		await page.getByLabel(SEARCH_LABEL).fill('kleppes');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/sok\?q=kleppes/);
		await expect(page.getByRole('heading', { name: 'Treff for «kleppes»' })).toBeVisible();
		await expect(page.getByText('Sted: Kleppestø')).toBeVisible();
		await page.getByRole('link', { name: 'Askøy' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Askøy');
	});

	test('the list filters and sorts with the form and header links', async ({ page }) => {
		await page.goto('/liste');
		await expect(page.locator('caption')).toHaveText('357 av 357 kommuner');
		await page.getByLabel('Fylke', { exact: true }).selectOption({ label: 'Vestland' });
		await page.getByLabel('Status', { exact: true }).selectOption('egen');
		await page.getByRole('button', { name: 'Vis' }).click();
		await expect(page).toHaveURL(/fylke=46&status=egen/);
		const rows = page.locator('tbody tr');
		const count = await rows.count();
		expect(count).toBeGreaterThan(0);
		await expect(page.locator('caption')).toHaveText(`${count} av 357 kommuner`);
		for (const text of await rows.locator('td:nth-child(3)').allTextContents())
			expect(text.trim()).toBe('Egen');
		for (const text of await rows.locator('td:nth-child(2)').allTextContents())
			expect(text.trim()).toBe('Vestland');
		await page.getByRole('link', { name: 'Sorter etter Innbyggere' }).click();
		await page.getByRole('link', { name: 'Sorter etter Innbyggere' }).click();
		await expect(page.locator('th[aria-sort="descending"]')).toContainText('Innbyggere');
		await expect(page).toHaveURL(/fylke=46&status=egen&sorter=innbyggere&synkende=1$/);
		const populations = (await rows.locator('td:nth-child(4)').allTextContents()).map((t) =>
			Number(t.replace(/\D/g, ''))
		);
		expect(populations).toEqual([...populations].sort((a, b) => b - a));
		await expect(rows.first().locator('th')).toHaveText('Bergen');
	});

	test('an empty filter result says so', async ({ page }) => {
		await page.goto('/liste?fylke=03&status=uten');
		await expect(page.getByText('Ingen kommuner passer med filteret.')).toBeVisible();
	});
});

test.describe('languages', () => {
	test('the switch keeps the page and changes the language, with the right lang attribute', async ({
		page
	}) => {
		await page.goto('/kommune/4627-askoy');
		await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
		await page.getByRole('link', { name: 'Nynorsk' }).click();
		await expect(page).toHaveURL(/\/nn\/kommune\/4627-askoy$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
		await expect(page.getByRole('heading', { name: 'Lokale tilbod' })).toBeVisible();
		await page.getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL(/\/en\/kommune\/4627-askoy$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { name: 'Local services' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'List of municipalities' })).toHaveAttribute(
			'href',
			'/en/liste'
		);
	});

	test('the front page and the list speak nynorsk and English', async ({ page }) => {
		await page.goto('/nn/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Finn kreftkoordinatoren i kommunen din'
		);
		await page.goto('/en/liste');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Cancer coordinators in every municipality'
		);
		await expect(page.locator('caption')).toHaveText('357 of 357 municipalities');
	});
});

test.describe('search engines', () => {
	test('municipality pages have titles, descriptions, canonical and language alternates; the sitemap lists them', async ({
		page,
		request
	}) => {
		await page.goto('/nn/kommune/4627-askoy');
		await expect(page).toHaveTitle('Kreftkoordinator i Askøy – Koordinatorkart');
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Askøy/);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/nn\/kommune\/4627-askoy$/);
		await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
			'href',
			/\/en\/kommune\/4627-askoy$/
		);
		const sitemap = await (await request.get('/sitemap.xml')).text();
		expect(sitemap.match(/<loc>[^<]*\/kommune\//g)).toHaveLength(357 * 3);
		expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap: ');
	});
});

test.describe('accessibility', () => {
	for (const path of ['/liste', '/sok?q=berg', '/nn/']) {
		test(`axe finds no violations on ${path}`, async ({ page }) => {
			// axe checks every one of the 357 rows' links and colours: slow on a busy 2-core machine.
			test.slow();
			await page.goto(path);
			const results = await new AxeBuilder({ page }).analyze();
			expect(
				results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
			).toEqual([]);
		});
	}
});
