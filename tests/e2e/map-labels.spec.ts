import { expect, test, type Page } from '@playwright/test';

// Issue 18: names on the map, placed without overlap, the selected municipality always named.

type Box = { key: string; box: [number, number, number, number] };

/** The names MapLibre has drawn (queryRenderedFeatures on the label layers), by id. */
function renderedLabels(page: Page): Promise<Record<string, string>> {
	return page.evaluate(() => {
		const map = (
			document.querySelector('[data-coverage-map]') as unknown as { coverageMap: import('maplibre-gl').Map }
		).coverageMap;
		const layers = ['municipality-label', 'municipality-label-selected', 'county-label'].filter((id) =>
			map.getLayer(id)
		);
		return Object.fromEntries(
			map.queryRenderedFeatures({ layers }).map((f) => [String(f.properties.id), String(f.properties.name)])
		);
	});
}

/**
 * The screen boxes of the placed names, from MapLibre's collision index (what it used to keep names apart;
 * there is no public API for label boxes). Boxes of one name share a key.
 */
function placedBoxes(page: Page): Promise<Box[]> {
	return page.evaluate(() => {
		const map = (document.querySelector('[data-coverage-map]') as unknown as { coverageMap: unknown })
			.coverageMap as {
			style: { placement: { collisionIndex: { grid: { boxKeys: object[]; bboxes: number[] } } } };
		};
		const grid = map.style.placement.collisionIndex.grid;
		const keys = new Map<object, string>();
		return grid.boxKeys.map((key, i) => {
			if (!keys.has(key)) keys.set(key, String(keys.size));
			return {
				key: keys.get(key)!,
				box: grid.bboxes.slice(i * 4, i * 4 + 4) as [number, number, number, number]
			};
		});
	});
}

const overlapping = (a: Box, b: Box) =>
	a.key !== b.key && a.box[0] < b.box[2] && b.box[0] < a.box[2] && a.box[1] < b.box[3] && b.box[1] < a.box[3];

async function readyMap(page: Page, path: string) {
	await page.goto(path);
	await page.locator('[data-map-box]').hover();
	// The whole country takes a while on a busy machine (the shared CI runner): wait for it generously.
	await expect(page.locator('[data-coverage-map][data-ready="true"]')).toBeAttached({ timeout: 45_000 });
}

test.describe('names on the map', () => {
	test.use({ viewport: { width: 1366, height: 900 } });
	test.describe.configure({ timeout: 90_000 });

	test('a municipality page names the municipality and its neighbours, no name over another', async ({
		page
	}) => {
		await readyMap(page, '/kommune/4627-askoy');
		// Askøy and its neighbours Bergen, Øygarden and Alver.
		await expect
			.poll(async () => Object.keys(await renderedLabels(page)).sort(), { timeout: 15_000 })
			.toEqual(expect.arrayContaining(['4601', '4626', '4627', '4631']));
		expect((await renderedLabels(page))['4627']).toBe('Askøy');
		const boxes = await placedBoxes(page);
		expect(new Set(boxes.map((b) => b.key)).size).toBeGreaterThanOrEqual(4);
		const clashes = boxes.flatMap((a) => boxes.filter((b) => overlapping(a, b)).map((b) => [a, b]));
		expect(clashes).toEqual([]);
	});

	test('the national view names the counties, with their Sami and Kven forms', async ({ page }) => {
		await readyMap(page, '/');
		await expect
			.poll(async () => Object.keys(await renderedLabels(page)).length, { timeout: 15_000 })
			.toBeGreaterThanOrEqual(8);
		const labels = await renderedLabels(page);
		expect(Object.keys(labels).every((id) => /^\d{2}$/.test(id))).toBe(true);
		expect(Object.values(labels)).toContain('Finnmark\nFinnmárku\nFinmarkku');
		const boxes = await placedBoxes(page);
		expect(boxes.filter((a) => boxes.some((b) => overlapping(a, b)))).toEqual([]);
	});

	test('the selected municipality is named even at the national view, where others are not', async ({
		page
	}) => {
		await readyMap(page, '/');
		// Where Kautokeino's name would go, on the screen: a click there selects it.
		const point = await page.evaluate(() => {
			const map = (
				document.querySelector('[data-coverage-map]') as unknown as { coverageMap: import('maplibre-gl').Map }
			).coverageMap;
			const label = map.querySourceFeatures('municipality-labels').find((f) => f.properties.id === '5612')!;
			const { x, y } = map.project((label.geometry as GeoJSON.Point).coordinates as [number, number]);
			const canvas = map.getCanvas().getBoundingClientRect();
			return { x: canvas.left + x, y: canvas.top + y };
		});
		expect(await renderedLabels(page)).not.toHaveProperty('5612');
		await page.mouse.click(point.x, point.y);
		await expect(page.getByRole('heading', { name: /Kautokeino/ })).toBeVisible();
		await expect
			.poll(async () => (await renderedLabels(page))['5612'], { timeout: 15_000 })
			.toBe('Guovdageaidnu\nKautokeino');
		const labels = await renderedLabels(page);
		expect(Object.keys(labels).filter((id) => id.length === 4)).toEqual(['5612']);
	});

	test('the server-drawn map names the counties too', async ({ page }) => {
		const response = await page.request.get('/kart.svg');
		const markup = await response.text();
		expect(markup).toMatch(/<g class="county-labels"[^>]*>/);
		expect(markup.match(/<text /g)).toHaveLength(15);
		expect(markup).toContain('Finnmárku');
	});
});
