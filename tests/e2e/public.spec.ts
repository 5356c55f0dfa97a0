import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

test.describe('front page', () => {
	test('is complete server-rendered HTML: 357 municipality shapes, legend, demo notice, attribution', async ({
		request
	}) => {
		const response = await request.get('/');
		expect(response.status()).toBe(200);
		const html = await response.text();
		const shapes = new Set([...html.matchAll(/data-kommunenummer="(\d{4})"/g)].map((m) => m[1]));
		expect(shapes.size).toBe(357);
		expect(html).toContain('Demodata.');
		expect(html).toContain('Kartgrunnlag: © Kartverket');
		expect(html).toContain('Befolkning: Statistisk sentralbyrå (SSB)');
		expect(html).toContain('Postnummer: Posten Bring');
	});

	test('shows coverage figures whose legend counts add up to 357', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Finn kreftkoordinatoren i din kommune');
		const counts = await page.locator('.legend li .count').allTextContents();
		expect(counts).toHaveLength(3);
		const total = counts.map((t) => Number(t.replace(/\D/g, ''))).reduce((a, b) => a + b, 0);
		expect(total).toBe(357);
		await expect(page.getByText(/av 357/)).toBeVisible();
	});

	test('without JavaScript, clicking a municipality on the map opens its page', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/');
		await page.locator('path[data-kommunenummer="4627"]').click({ force: true });
		await expect(page).toHaveURL(/\/kommune\/4627-askoy$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Askøy');
		await context.close();
	});

	test('the list leads to every municipality page by keyboard', async ({ page }) => {
		await page.goto('/');
		const link = page.getByRole('link', { name: 'Guovdageaidnu - Kautokeino', exact: true });
		await link.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/kommune\/5612-kautokeino$/);
		await expect(page.getByText('Offisielle navn: Kautokeino, Guovdageaidnu')).toBeVisible();
	});

	test('has no axe violations', async ({ page }) => {
		// The front page holds 357 list rows and map links: axe takes a while on a busy 2-core machine.
		test.slow();
		await page.goto('/');
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
	});
});

test('a page and its client-side data are cached apart (the data request never gets the HTML)', async ({
	request
}) => {
	const path = '/kommune/0301-oslo';
	for (let i = 0; i < 2; i++)
		expect((await request.get(path)).headers()['content-type']).toContain('text/html');
	const data = await request.get(`${path}/__data.json?x-sveltekit-invalidated=01`);
	expect(data.status()).toBe(200);
	expect(await data.text()).toMatch(/^\{"type":"data"/);
	// And the other way round.
	const again = await request.get(path);
	expect(await again.text()).toMatch(/^<!doctype html>/i);
});

test.describe('municipality page', () => {
	test('shows status, coordinator with tap-to-call and e-mail, arrangement and funding', async ({ page }) => {
		await page.goto('/kommune/0301-oslo');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oslo');
		await expect(page.getByRole('heading', { name: 'Egen kreftkoordinator' })).toBeVisible();
		const phone = page.getByRole('link', { name: /^\+47/ }).first();
		await expect(phone).toHaveAttribute('href', /^tel:\+47\d{8}$/);
		await expect(page.getByRole('link', { name: /@example\.org$/ }).first()).toHaveAttribute(
			'href',
			/^mailto:/
		);
		await expect(page.getByText('Finansiering', { exact: true })).toBeVisible();
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/kommune\/0301-oslo$/);
	});

	test('an inter-municipal member lists the others and links the host', async ({ page }) => {
		await page.goto('/');
		await page.locator('li:has(.swatch.inter_municipal) a').first().click();
		await expect(page.getByRole('heading', { name: 'Interkommunal kreftkoordinator' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Kommuner i ordningen' })).toBeVisible();
		await expect(page.getByText('vertskommune', { exact: true })).toBeVisible();
		// Links to the other members use their canonical URLs: no redirect on the way.
		for (const href of await page
			.locator('.members a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
			expect((await page.request.get(href!, { maxRedirects: 0 })).status(), href!).toBe(200);
		}
	});

	test('a municipality without a coordinator says what to do', async ({ page }) => {
		await page.goto('/');
		await page.locator('li:has(.swatch.none) a').first().click();
		await expect(page.getByRole('heading', { name: 'Ingen kreftkoordinator registrert' })).toBeVisible();
		await expect(page.getByRole('link', { name: '21 49 49 21' }).first()).toHaveAttribute(
			'href',
			'tel:+4721494921'
		);
	});

	test('a bare number redirects to the readable URL; unknown and malformed numbers get a clear 404', async ({
		page
	}) => {
		await page.goto('/kommune/4627');
		await expect(page).toHaveURL(/\/kommune\/4627-askoy$/);
		const unknown = await page.goto('/kommune/9999');
		expect(unknown?.status()).toBe(404);
		await expect(page.getByText('Fant ingen kommune med nummer 9999.')).toBeVisible();
		const malformed = await page.goto('/kommune/askoy');
		expect(malformed?.status()).toBe(404);
		await expect(page.getByText(/er ikke et kommunenummer/)).toBeVisible();
	});

	test('has no axe violations', async ({ page }) => {
		await page.goto('/kommune/4627-askoy');
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
	});
});
