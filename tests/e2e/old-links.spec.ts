// One URL vocabulary for the public views (src/lib/domain/url.ts): /liste speaks the dashboard's words, and
// links in the old words (the list's sort/dir and SQL status names, the dashboard's English sort keys, the
// API's English snapshot path) are answered with a permanent redirect to the same view in today's words.
import { expect, test } from '@playwright/test';

const moved: [string, string][] = [
	[
		'/liste?fylke=46&status=own&sort=population&dir=desc',
		'/liste?fylke=46&status=egen&sorter=innbyggere&synkende=1'
	],
	['/nn/liste?status=inter_municipal&sort=county', '/nn/liste?status=delt&sorter=fylke'],
	['/en/liste?dir=asc&status=none', '/en/liste?status=uten'],
	[
		'/statistikk?ar=2016&fylke=46&sorter=covered&synkende=1',
		'/statistikk?ar=2016&fylke=46&sorter=dekket&synkende=1'
	],
	['/en/statistikk?sorter=share&status=own,none', '/en/statistikk?sorter=andel&status=egen,uten'],
	['/embed/kart?sorter=inter_municipal&lag=finansiering', '/embed/kart?sorter=delt&lag=finansiering'],
	['/api/snapshot.json', '/api/oversikt.json']
];

test('old links answer 308 with the same view in today’s words', async ({ request }) => {
	for (const [old, today] of moved) {
		const response = await request.get(old, { maxRedirects: 0 });
		expect(response.status(), old).toBe(308);
		const location = new URL(response.headers()['location'], 'http://x');
		expect(decodeURIComponent(location.pathname + location.search), old).toBe(today);
		// Today's link is not moved again.
		expect((await request.get(today, { maxRedirects: 0 })).status(), today).toBe(200);
	}
});

test('an old list link opens the list as it meant: Vestland, own coordinator, largest first', async ({
	page
}) => {
	await page.goto('/liste?fylke=46&status=own&sort=population&dir=desc');
	await expect(page).toHaveURL(/\/liste\?fylke=46&status=egen&sorter=innbyggere&synkende=1$/);
	await expect(page.getByLabel('Status', { exact: true })).toHaveValue('egen');
	await expect(page.locator('th[aria-sort="descending"]')).toContainText('Innbyggere');
	await expect(page.locator('tbody tr').first().locator('th')).toHaveText('Bergen');
});

test('an old dashboard link opens the dashboard sorted as it meant, and writes today’s words', async ({
	page
}) => {
	await page.goto('/statistikk?fylke=46&sorter=uncovered&synkende=1');
	await expect(page).toHaveURL(/\/statistikk\?fylke=46&sorter=uten&synkende=1$/);
	await expect(page.getByRole('columnheader', { name: 'Sorter etter Uten' })).toHaveAttribute(
		'aria-sort',
		'descending'
	);
	await expect(page.locator('[data-ignored-parameters]')).toHaveCount(0);
});

test('the list and the dashboard use the same words for county and status', async ({ page }) => {
	await page.goto('/statistikk?fylke=46&status=egen');
	await expect(page.getByLabel('Fylke', { exact: true })).toHaveValue('46');
	await page.goto('/liste?fylke=46&status=egen');
	await expect(page.getByLabel('Fylke', { exact: true })).toHaveValue('46');
	await expect(page.getByLabel('Status', { exact: true })).toHaveValue('egen');
	for (const text of await page.locator('tbody tr td:nth-child(3)').allTextContents())
		expect(text.trim()).toBe('Egen');
});
