// A dashboard link with values that cannot be read (a county that does not exist, an unknown status word …)
// shows a consistent view at the defaults and says what was ignored: on the page, in the embed view and in
// the map picture. The share link can be copied with a button, or selected without JavaScript.
import { expect, test } from '@playwright/test';

test('an unknown county falls back to the whole country and the page says what it ignored', async ({
	page
}) => {
	await page.goto('/statistikk?fylke=99&ar=2019');
	const notice = page.locator('[data-ignored-parameters]');
	await expect(notice).toContainText('fylke=99');
	// Consistent: the county menu, the headline and the list all show the whole country.
	await expect(page.getByLabel('Fylke', { exact: true })).toHaveValue('');
	await expect(page.locator('#figures-heading')).toContainText('Hele landet');
	await expect(page.locator('[data-figure="covered"] strong')).toContainText('av 357 kommuner');
	await expect(page.getByText('Ingen kommuner passer filtrene.')).toHaveCount(0);
	// The valid parameter is kept.
	await expect(page.getByRole('slider', { name: /År/ })).toHaveValue('2019');
});

test('every dashboard parameter with a bad value is named, in the page, the embed view and the picture', async ({
	page
}) => {
	const bad = 'ar=1850&lag=kart&status=egen,kanskje&fase=99&sorter=x&synkende=ja&kommune=9999&kart=500,1,2';
	for (const path of [`/statistikk?${bad}`, `/embed/kart?${bad}`, `/en/statistikk?fylke=00`]) {
		await page.goto(path);
		const notice = page.locator('[data-ignored-parameters]');
		for (const [name, value] of new URLSearchParams(path.split('?')[1]))
			await expect(notice, `${path}: ${name}`).toContainText(`${name}=${value}`);
	}
	const svg = await (await page.request.get('/statistikk/kart.svg?fylke=99&status=kanskje')).text();
	expect(svg).toContain('fylke=99');
	expect(svg).toContain('status=kanskje');
	// A good link has no notice.
	await page.goto('/statistikk?fylke=46&status=egen&ar=2019');
	await expect(page.getByLabel('Fylke', { exact: true })).toHaveValue('46');
	await expect(page.locator('[data-ignored-parameters]')).toHaveCount(0);
});

test('the share link has a copy button that works from the keyboard', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/statistikk?fylke=46&ar=2019');
	const button = page.getByRole('button', { name: 'Kopier lenken' });
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByText('Lenken er kopiert.')).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(await page.getByLabel('Lenke til denne visningen').inputValue());
	expect(new URL(copied).search).toBe('?ar=2019&fylke=46');
});

test('without JavaScript the share link is in a field to select and copy', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/statistikk?fylke=46');
	const field = page.getByLabel('Lenke til denne visningen');
	await expect(field).toHaveValue(/\/statistikk\?fylke=46$/);
	await expect(field).toHaveAttribute('readonly', '');
	await expect(page.getByRole('button', { name: 'Kopier lenken' })).toHaveCount(0);
	await context.close();
});
