// Geometry by zoom (src/lib/map/detail.ts): zoomed in, the interactive map draws the county level of detail
// (more vertices than the national file) and still colours, selects and names what it draws.
import { expect, test, type Page } from '@playwright/test';

type MapHost = HTMLElement & { coverageMap: import('maplibre-gl').Map };

const ASKOY = '4627';

// MapLibre draws in software here, on a shared machine.
test.setTimeout(120_000);

async function mapReady(page: Page, path: string) {
	await page.goto(path);
	await page.locator('.coverage-map').scrollIntoViewIfNeeded();
	await page.locator('.coverage-map').locator('..').hover();
	await expect(page.locator('[data-coverage-map][data-ready="true"]')).toBeVisible({ timeout: 60_000 });
}

/** Askøy's vertices in the national file the map starts with (every arc of its rings). */
async function nationalVertices(page: Page, kommunenummer: string): Promise<number> {
	const topology = (await (await page.request.get('/kart/kommuner.topo.json')).json()) as {
		arcs: number[][][];
		objects: { municipalities: { geometries: { id: string; arcs: unknown }[] } };
	};
	const geometry = topology.objects.municipalities.geometries.find((g) => g.id === kommunenummer)!;
	let count = 0;
	const visit = (arcs: unknown): void => {
		if (typeof arcs === 'number') count += topology.arcs[arcs < 0 ? ~arcs : arcs].length - 1;
		else for (const part of arcs as unknown[]) visit(part);
	};
	visit(geometry.arcs);
	return count;
}

/** Vertices of a municipality in the map's source as drawn now (its pieces in the loaded tiles). */
async function drawnVertices(page: Page, kommunenummer: string): Promise<number> {
	return page.evaluate((kommunenummer) => {
		const map = (document.querySelector('[data-coverage-map]') as MapHost).coverageMap;
		let count = 0;
		const visit = (c: unknown): void => {
			if (typeof (c as number[])[0] === 'number') count++;
			else for (const part of c as unknown[]) visit(part);
		};
		for (const f of map.querySourceFeatures('municipalities', {
			filter: ['==', ['get', 'kommunenummer'], kommunenummer]
		}))
			visit((f.geometry as { coordinates: unknown }).coordinates);
		return count;
	}, kommunenummer);
}

/** Fits the map to Askøy's box (as a reader zooming in would end up), and waits until it has drawn. */
async function zoomToAskoy(page: Page) {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const map = (document.querySelector('[data-coverage-map]') as MapHost).coverageMap;
				map.once('idle', () => resolve());
				map.fitBounds(
					[
						[5.05, 60.33],
						[5.35, 60.53]
					],
					{ duration: 0, padding: 20 }
				);
			})
	);
}

async function idle(page: Page) {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const map = (document.querySelector('[data-coverage-map]') as MapHost).coverageMap;
				if (map.loaded()) resolve();
				else map.once('idle', () => resolve());
			})
	);
}

test('zoomed in on Askøy, the map draws the county level: more vertices, same colours, still selects', async ({
	page
}) => {
	await mapReady(page, '/');
	const host = page.locator('[data-coverage-map]');
	await expect(host).toHaveAttribute('data-detail-level', 'national');
	await expect(host).not.toHaveAttribute('data-detail-counties', /.+/);
	const statusBefore = await page.evaluate(
		(id) =>
			(document.querySelector('[data-coverage-map]') as MapHost).coverageMap.getFeatureState({
				source: 'municipalities',
				id
			}).status,
		ASKOY
	);
	expect(statusBefore).toMatch(/own|inter_municipal|none/);

	await zoomToAskoy(page);
	await expect(host).toHaveAttribute('data-detail-level', 'county');
	await expect(host).toHaveAttribute('data-detail-counties', /\b46\b/, { timeout: 30_000 });
	await idle(page);
	const national = await nationalVertices(page, ASKOY);
	const drawn = await drawnVertices(page, ASKOY);
	expect(drawn, `Askøy drawn with ${drawn} vertices, ${national} in the national file`).toBeGreaterThan(
		2 * national
	);

	// The colours (feature state) survived the swap, and the finer Askøy is there to point at and select.
	const state = await page.evaluate(
		(id) =>
			(document.querySelector('[data-coverage-map]') as MapHost).coverageMap.getFeatureState({
				source: 'municipalities',
				id
			}),
		ASKOY
	);
	expect(state.status).toBe(statusBefore);
	const point = await page.evaluate((id) => {
		const host = document.querySelector('[data-coverage-map]') as MapHost;
		const map = host.coverageMap;
		const box = host.getBoundingClientRect();
		const { width, height } = map.getCanvas().getBoundingClientRect();
		for (let y = height / 16; y < height; y += height / 8)
			for (let x = width / 16; x < width; x += width / 8) {
				const hit = map.queryRenderedFeatures([x, y], { layers: ['municipality-fill'] })[0];
				if (hit && String(hit.id) === id) return { x: box.left + x, y: box.top + y };
			}
		return null;
	}, ASKOY);
	expect(point, 'a point inside Askøy').not.toBeNull();
	await page.mouse.click(point!.x, point!.y);
	await expect(page).toHaveURL(/\/kommune\/4627-askoy$/);
	await expect
		.poll(() =>
			page.evaluate(
				(id) =>
					(document.querySelector('[data-coverage-map]') as MapHost).coverageMap.getFeatureState({
						source: 'municipalities',
						id
					}).selected,
				ASKOY
			)
		)
		.toBe(true);
});

test('the municipality page opens on the county level of its municipality', async ({ page }) => {
	await mapReady(page, '/kommune/4627-askoy');
	const host = page.locator('[data-coverage-map]');
	await expect(host).toHaveAttribute('data-detail-level', 'county');
	await expect(host).toHaveAttribute('data-detail-counties', /\b46\b/, { timeout: 30_000 });
	await idle(page);
	expect(await drawnVertices(page, ASKOY)).toBeGreaterThan(2 * (await nationalVertices(page, ASKOY)));
});

test('a county file that does not exist is a 404, not an error page', async ({ page }) => {
	expect((await page.request.get('/kart/fylke/99.topo.json')).status()).toBe(404);
	expect((await page.request.get('/kart/fylke/..%2F..%2Fpackage.topo.json')).status()).toBe(404);
	const askoyCounty = await page.request.get('/kart/fylke/46.topo.json');
	expect(askoyCounty.status()).toBe(200);
	expect(((await askoyCounty.json()) as { objects: object }).objects).toHaveProperty('municipalities');
});
