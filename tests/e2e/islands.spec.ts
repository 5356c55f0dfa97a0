// The dashboard's parts below its controls come alive on their own, after the page (src/lib/island): until
// then the server's HTML stands, and the reader's keyboard, or a change of the view, wakes a part without
// losing focus or showing an old view.
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 } });

/** The dashboard, once the page itself has come alive (its play button shows only then). */
async function openDashboard(page: Page, query = '') {
	await page.goto(`/statistikk${query}`);
	await expect(page.getByRole('button', { name: 'Spill av årene' })).toBeVisible();
}

test('the county table comes alive when the keyboard reaches it: Enter sorts in place and focus stays', async ({
	page
}) => {
	await openDashboard(page);
	const csv = page.getByRole('button', { name: 'Last ned tabellen (CSV)' });
	// Far below a phone's first screen, the table is still the server's HTML.
	await expect(csv).toHaveCount(0);
	await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

	const sort = page.getByRole('link', { name: 'Sorter etter Med koordinator' });
	await sort.focus();
	await page.keyboard.press('Enter');

	await expect(page).toHaveURL(/sorter=dekket/);
	await expect(page.locator('table.counties thead th').nth(2)).toHaveAttribute('aria-sort', 'descending');
	await expect(sort).toBeFocused();
	await expect(csv).toBeVisible();
	// Sorted in the page, not by loading it again.
	expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test('a year chosen before the parts below have come alive shows in them at once', async ({ page }) => {
	await openDashboard(page, '?ar=2020');
	await expect(page.locator('#table-heading')).toHaveText('Fylkene 2020');
	await page.getByRole('slider', { name: /År/ }).focus();
	await page.keyboard.press('ArrowLeft');
	await expect(page.locator('#table-heading')).toHaveText('Fylkene 2019');
	await expect(page.locator('#changes-heading')).toContainText('2020');
	await expect(page.locator('figure.trend g.current text.year')).toHaveText('2019');
});

test('the front page’s list of every municipality stands as the server drew it, and is drawn after a navigation in the browser', async ({
	page
}) => {
	const list = page.getByRole('region', { name: 'Alle kommuner' });
	const oslo = list.getByRole('link', { name: /^Oslo/ });
	await page.goto('/');
	await expect(list.getByRole('listitem')).toHaveCount(357);
	// Once the page has come alive (the location button is ready then), its links go where they say, in the
	// page's own navigation (no reload).
	await expect(page.locator('.locate button[data-ready]').first()).toBeAttached();
	await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
	await oslo.scrollIntoViewIfNeeded();
	await oslo.click();
	await expect(page).toHaveURL(/\/kommune\/0301-oslo$/);
	expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

	// Back to the front page in the browser: there is no server HTML, the list is drawn in full.
	await page.getByRole('link', { name: 'Koordinatorkart' }).first().click();
	await expect(page).toHaveURL(/\/$/);
	await expect(list.getByRole('listitem')).toHaveCount(357);
	await expect(oslo).toHaveAttribute('href', '/kommune/0301-oslo');
	expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});
