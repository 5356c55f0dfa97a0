// Search as a visitor uses it: Enter or "Søk" on a name that means one municipality opens it (with and
// without JavaScript, in every language); anything else gives one ranked list that never contradicts itself;
// and no search ends without a way on (the list, the visitor's position, Kreftlinjen).
import { expect, test, type Page } from '@playwright/test';

const LANGUAGES = [
	{
		prefix: '',
		label: 'Søk etter kommune, sted eller postnummer',
		button: 'Søk',
		noResults: /Ingen treff/,
		list: 'se alle kommunene i listen',
		locate: 'Bruk min posisjon'
	},
	{
		prefix: '/nn',
		label: 'Søk etter kommune, stad eller postnummer',
		button: 'Søk',
		noResults: /Ingen treff/,
		list: 'sjå alle kommunane i lista',
		locate: 'Bruk posisjonen min'
	},
	{
		prefix: '/en',
		label: 'Search for a municipality, place or postal code',
		button: 'Search',
		noResults: /No results/,
		list: 'see every municipality in the list',
		locate: 'Use my location'
	}
] as const;

const STRAIGHT: [string, string, string][] = [
	['Tromsø', '5501-tromso', 'Tromsø'],
	['9008', '5501-tromso', 'Tromsø'],
	['Bergen', '4601-bergen', 'Bergen'],
	['Kristiansand', '4204-kristiansand', 'Kristiansand'],
	['Molde kommune', '1506-molde', 'Molde']
];

/** The texts the search field's aria-describedby points at. */
async function description(page: Page): Promise<string> {
	return page.locator('#search-input').evaluate((input) =>
		(input.getAttribute('aria-describedby') ?? '')
			.split(/\s+/)
			.filter(Boolean)
			.map((id) => document.getElementById(id)?.textContent ?? '')
			.join(' ')
	);
}

for (const lang of LANGUAGES) {
	test.describe(`search ${lang.prefix || '/'}`, () => {
		for (const [query, slug, heading] of STRAIGHT) {
			test(`Enter on «${query}» opens the municipality`, async ({ page }) => {
				await page.goto(`${lang.prefix}/`);
				const input = page.getByLabel(lang.label);
				await input.fill(query);
				await input.press('Enter');
				await expect(page).toHaveURL(new RegExp(`${lang.prefix}/kommune/${slug}$`));
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
			});
		}

		test('a slip gives one ranked list with the right answer first, and nothing contradicts it', async ({
			page
		}) => {
			await page.goto(`${lang.prefix}/`);
			const input = page.getByLabel(lang.label);
			await input.fill('Kristiansnad');
			await expect(page.getByRole('option').first()).toContainText('Kristiansand');
			expect(await description(page)).not.toMatch(lang.noResults);
			await page.getByRole('button', { name: lang.button, exact: true }).click();
			await expect(page).toHaveURL(/\/sok\?q=Kristiansnad/);
			const links = page.locator('ol.results > li > a');
			await expect(links.first()).toHaveText('Kristiansand');
			const names = await links.allTextContents();
			expect(new Set(names).size).toBe(names.length);
			await expect(page.getByText(lang.noResults)).toHaveCount(0);
			expect(await description(page)).not.toMatch(lang.noResults);
		});

		test('no match offers the list, the position and Kreftlinjen, in the box and on the page', async ({
			page
		}) => {
			await page.goto(`${lang.prefix}/`);
			const input = page.getByLabel(lang.label);
			await input.fill('xqzqxq');
			const help = page.locator('#search-help');
			await expect(help).toBeVisible();
			await expect(help).toContainText(lang.noResults);
			await expect(help.getByRole('link', { name: lang.list })).toHaveAttribute(
				'href',
				`${lang.prefix}/liste`
			);
			await expect(help.getByRole('link', { name: /21 49 49 21/ })).toHaveAttribute(
				'href',
				'tel:+4721494921'
			);
			await expect(help.getByRole('button', { name: lang.locate })).toBeVisible();
			await input.press('Enter');
			await expect(page).toHaveURL(/\/sok\?q=xqzqxq/);
			const main = page.locator('main');
			await expect(main.getByRole('link', { name: lang.list })).toBeVisible();
			await expect(main.getByRole('link', { name: /21 49 49 21/ })).toBeVisible();
			await expect(main.getByRole('button', { name: lang.locate })).toBeVisible();
		});
	});
}

test.describe('search without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const lang of LANGUAGES) {
		test(`«Søk» on an exact name opens the municipality (${lang.prefix || '/'})`, async ({ page }) => {
			await page.goto(`${lang.prefix}/`);
			await page.getByLabel(lang.label).fill('Tromsø');
			await page.getByRole('button', { name: lang.button, exact: true }).click();
			await expect(page).toHaveURL(new RegExp(`${lang.prefix}/kommune/5501-tromso$`));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tromsø');
		});

		test(`a list never says «no results» above a hit, and no match offers a way on (${lang.prefix || '/'})`, async ({
			page
		}) => {
			await page.goto(`${lang.prefix}/sok?q=Tronheim`);
			await expect(page.locator('ol.results > li > a').first()).toHaveText('Trondheim - Tråante');
			await expect(page.getByText(lang.noResults)).toHaveCount(0);
			expect(await description(page)).not.toMatch(lang.noResults);
			await page.goto(`${lang.prefix}/sok?q=xqzqxq`);
			await expect(page.getByText(lang.noResults).first()).toBeVisible();
			await expect(page.locator('main').getByRole('link', { name: lang.list })).toBeVisible();
			await expect(page.locator('main').getByRole('link', { name: /21 49 49 21/ })).toBeVisible();
		});
	}

	test('the old examples: 9008, Bergen and Kristiansand open their municipality', async ({ page }) => {
		for (const [query, slug] of [
			['9008', '5501-tromso'],
			['bergen', '4601-bergen'],
			['KRISTIANSAND', '4204-kristiansand']
		]) {
			await page.goto(`/sok?q=${encodeURIComponent(query)}`);
			await expect(page).toHaveURL(new RegExp(`/kommune/${slug}$`));
		}
	});
});
