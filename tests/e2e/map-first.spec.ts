import { expect, test, type Locator, type Page } from '@playwright/test';
import { holdScripts } from './slow-scripts.ts';

// Issue 18: a map box is never blank (the server-drawn picture stands until the interactive map is ready),
// and on a wide screen the map comes first.

/**
 * The share of the element's screenshot that differs from its most common colour, measured by the browser
 * itself (the page's own scripts are not needed): a blank box gives 0, a drawn map far more.
 */
async function drawnShare(page: Page, box: Locator): Promise<number> {
	const png = (await box.screenshot()).toString('base64');
	return page.evaluate(async (data) => {
		const image = new Image();
		image.src = `data:image/png;base64,${data}`;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = image.width;
		canvas.height = image.height;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0);
		const pixels = context.getImageData(0, 0, image.width, image.height).data;
		const counts = new Map<number, number>();
		for (let i = 0; i < pixels.length; i += 4) {
			const key = (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		const total = pixels.length / 4;
		return 1 - Math.max(...counts.values()) / total;
	}, png);
}

test.describe('no blank map box', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('a municipality page shows the drawn map before any script has run', async ({ page }) => {
		await holdScripts(page);
		await page.goto('/kommune/4627-askoy', { waitUntil: 'domcontentloaded' });
		const box = page.locator('[data-map-box]');
		await expect(box).toBeVisible();
		expect((await box.boundingBox())!.height).toBeGreaterThan(200);
		// Askøy and its neighbours are drawn, with the municipality marked.
		expect(await drawnShare(page, box)).toBeGreaterThan(0.3);
		await expect(box.locator('svg [data-kommunenummer="4627"]')).toHaveCount(1);
		await expect(box.locator('svg [data-kommunenummer="4601"]')).toHaveCount(1);
	});

	test('the picture keeps its place when the interactive map takes over (no layout shift)', async ({
		page
	}) => {
		await page.goto('/kommune/4627-askoy');
		const box = page.locator('[data-map-box]');
		// Where the box is in the page (not in the viewport, which moves when the pointer scrolls to it).
		const place = () =>
			box.evaluate((element) => {
				const rect = element.getBoundingClientRect();
				return [rect.left + scrollX, rect.top + scrollY, rect.width, rect.height].map(Math.round);
			});
		const before = await place();
		await box.hover();
		await expect(page.locator('[data-coverage-map][data-ready="true"]')).toBeAttached({ timeout: 20_000 });
		expect(await place()).toEqual(before);
	});

	test('if WebGL fails the picture stays and says so', async ({ page }) => {
		await page.addInitScript(() => {
			const original = HTMLCanvasElement.prototype.getContext;
			HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest) {
				if (kind.startsWith('webgl')) return null;
				return original.call(this, kind as '2d', ...(rest as []));
			} as typeof original;
		});
		await page.goto('/kommune/4627-askoy');
		const box = page.locator('[data-map-box]');
		await box.hover();
		await expect(box.getByRole('status')).toContainText(/kart/i, { timeout: 20_000 });
		expect(await drawnShare(page, box)).toBeGreaterThan(0.3);
	});
});

test.describe('map first on a wide screen', () => {
	test.use({ viewport: { width: 1366, height: 900 } });

	test('the front page map and legend fill the first screen', async ({ page }) => {
		await page.goto('/');
		const map = await page.locator('[data-map-box]').boundingBox();
		expect(map!.y).toBeLessThanOrEqual(300);
		expect(map!.y + map!.height).toBeGreaterThanOrEqual(850);
		const legend = await page.locator('.legend').boundingBox();
		expect(legend!.y + legend!.height).toBeLessThanOrEqual(900);
		// Search, location and figures beside the map, in the first screen.
		for (const part of [page.getByRole('combobox'), page.locator('.figures .figure').last()]) {
			const bounds = await part.boundingBox();
			expect(bounds!.y + bounds!.height).toBeLessThanOrEqual(900);
		}
	});

	test('a municipality page shows its map near the top', async ({ page }) => {
		await page.goto('/kommune/4627-askoy');
		const map = await page.locator('[data-map-box]').boundingBox();
		expect(map!.y).toBeLessThanOrEqual(300);
		await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
	});
});

test.describe('search first on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('the search box comes before the map', async ({ page }) => {
		await page.goto('/');
		const search = await page.getByRole('combobox').boundingBox();
		const map = await page.locator('[data-map-box]').boundingBox();
		expect(search!.y + search!.height).toBeLessThanOrEqual(map!.y);
		expect(search!.y).toBeLessThan(844);
	});
});
