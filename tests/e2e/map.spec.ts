// The interactive MapLibre map over the server-rendered SVG map (WebGL in Debian's Chromium, software).
import { expect, test, type Page } from '@playwright/test';

const KLEPPESTO: [number, number] = [5.225, 60.41];
const OSLO: [number, number] = [10.74, 59.913];

type MapHost = HTMLElement & {
	coverageMap: {
		project(p: [number, number]): { x: number; y: number };
		jumpTo(o: object): void;
		once(event: string, f: () => void): void;
	};
};

async function mapReady(page: Page) {
	await page.goto('/');
	await expect(page.locator('[data-coverage-map][data-ready="true"]')).toBeVisible({ timeout: 20_000 });
}

/** Centres the map on a place and waits until it has drawn. */
async function centreOn(page: Page, lonLat: [number, number], zoom: number) {
	await page.evaluate(
		([lonLat, zoom]) =>
			new Promise<void>((resolve) => {
				const map = (document.querySelector('[data-coverage-map]') as MapHost).coverageMap;
				map.once('idle', () => resolve());
				map.jumpTo({ center: lonLat, zoom });
			}),
		[lonLat, zoom] as const
	);
}

/** The screen position of a place on the map. */
async function screenPoint(page: Page, lonLat: [number, number]) {
	return page.evaluate((lonLat) => {
		const host = document.querySelector('[data-coverage-map]') as MapHost;
		const box = host.getBoundingClientRect();
		const p = host.coverageMap.project(lonLat);
		return { x: box.left + p.x, y: box.top + p.y };
	}, lonLat);
}

test('hovering a municipality shows its name and status; clicking it opens its page', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
	});
	await mapReady(page);
	await page.locator('[data-coverage-map]').scrollIntoViewIfNeeded();
	await centreOn(page, KLEPPESTO, 9);
	const point = await screenPoint(page, KLEPPESTO);
	await page.mouse.move(point.x - 5, point.y - 5);
	await page.mouse.move(point.x, point.y);
	const tooltip = page.locator('.coverage-map .tooltip');
	await expect(tooltip).toContainText('Askøy');
	await expect(tooltip).toContainText(/kreftkoordinator/i);
	await page.mouse.click(point.x, point.y);
	await expect(page).toHaveURL(/\/kommune\/4627-askoy$/);
	expect(violations).toEqual([]);
});

test('keyboard: the map takes focus, and Enter opens the municipality in the middle', async ({ page }) => {
	await mapReady(page);
	await centreOn(page, OSLO, 10);
	const canvas = page.locator('[data-coverage-map] canvas');
	await expect(canvas).toHaveAttribute('aria-label', 'Interaktivt kart over kommunene');
	await canvas.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/kommune\/0301-oslo$/);
});

test('if the geometry cannot be loaded, the SVG map and the list stay and a note says so', async ({
	page
}) => {
	await page.route('**/kart/kommuner.topo.json', (route) => route.fulfill({ status: 503, body: 'down' }));
	await page.goto('/');
	await expect(page.getByText('Det interaktive kartet kunne ikke lastes.')).toBeVisible();
	await expect(page.locator('path[data-kommunenummer]')).toHaveCount(357);
	await expect(page.getByRole('link', { name: 'Askøy', exact: true })).toBeVisible();
});
