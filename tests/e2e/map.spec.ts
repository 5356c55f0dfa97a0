// The interactive MapLibre map over the server-rendered SVG map (WebGL in Debian's Chromium, software), and the
// drill-down panel that opens beside it (a bottom sheet on a phone).
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const KLEPPESTO: [number, number] = [5.225, 60.41];
const OSLO: [number, number] = [10.74, 59.913];

interface SnapshotRow {
	kommunenummer: string;
	name: string;
	status: 'own' | 'inter_municipal' | 'none';
	arrangement_id: string | null;
}

type MapHost = HTMLElement & {
	coverageMap: {
		project(p: [number, number]): { x: number; y: number };
		jumpTo(o: object): void;
		fitBounds(b: [[number, number], [number, number]], o: object): void;
		once(event: string, f: () => void): void;
		getZoom(): number;
		getBounds(): { contains(p: [number, number]): boolean };
		getCanvas(): HTMLCanvasElement;
		getFeatureState(f: object): Record<string, unknown>;
		queryRenderedFeatures(p: [number, number], o: object): { id: string | number }[];
		querySourceFeatures(s: string, o: object): { geometry: { coordinates: unknown } }[];
	};
};

async function mapReady(page: Page, path = '/') {
	await page.goto(path);
	await page.locator('.coverage-map').scrollIntoViewIfNeeded();
	// Reaching for the map loads it at once (otherwise it loads when the page has been quiet for a while).
	await page.locator('.coverage-map').locator('..').hover();
	// (Software WebGL on a shared, busy machine has taken over 20 s.)
	await expect(page.locator('[data-coverage-map][data-ready="true"]')).toBeVisible({ timeout: 45_000 });
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

/** Zooms to a municipality and finds a screen point where the map draws it. */
async function pointInside(page: Page, kommunenummer: string) {
	await page.evaluate(
		(kommunenummer) =>
			new Promise<void>((resolve) => {
				const map = (document.querySelector('[data-coverage-map]') as MapHost).coverageMap;
				const parts = map.querySourceFeatures('municipalities', {
					filter: ['==', ['get', 'kommunenummer'], kommunenummer]
				});
				const lons: number[] = [];
				const lats: number[] = [];
				const visit = (c: unknown): void => {
					if (typeof (c as number[])[0] === 'number') {
						lons.push((c as number[])[0]);
						lats.push((c as number[])[1]);
					} else for (const part of c as unknown[]) visit(part);
				};
				for (const part of parts) visit(part.geometry.coordinates);
				map.once('idle', () => resolve());
				map.fitBounds(
					[
						[Math.min(...lons), Math.min(...lats)],
						[Math.max(...lons), Math.max(...lats)]
					],
					{ duration: 0, padding: 20 }
				);
			}),
		kommunenummer
	);
	const point = await page.evaluate((kommunenummer) => {
		const host = document.querySelector('[data-coverage-map]') as MapHost;
		const map = host.coverageMap;
		const { width, height } = map.getCanvas().getBoundingClientRect();
		const box = host.getBoundingClientRect();
		for (let step = 8; step >= 2; step /= 2)
			for (let y = height / step / 2; y < height; y += height / step)
				for (let x = width / step / 2; x < width; x += width / step) {
					const hit = map.queryRenderedFeatures([x, y], { layers: ['municipality-fill'] })[0];
					if (hit && String(hit.id) === kommunenummer) return { x: box.left + x, y: box.top + y };
				}
		return null;
	}, kommunenummer);
	expect(point, `a point inside ${kommunenummer}`).not.toBeNull();
	return point!;
}

async function featureState(page: Page, kommunenummer: string) {
	return page.evaluate(
		(id) =>
			(document.querySelector('[data-coverage-map]') as MapHost).coverageMap.getFeatureState({
				source: 'municipalities',
				id
			}),
		kommunenummer
	);
}

async function snapshot(page: Page): Promise<SnapshotRow[]> {
	const response = await page.request.get('/api/oversikt.json');
	return ((await response.json()) as { municipalities: SnapshotRow[] }).municipalities;
}

/** An inter-municipal arrangement with at least two members, and a municipality outside it. */
async function sharedGroup(page: Page) {
	const rows = await snapshot(page);
	const byArrangement = new Map<string, SnapshotRow[]>();
	for (const row of rows.filter((r) => r.status === 'inter_municipal'))
		byArrangement.set(row.arrangement_id!, [...(byArrangement.get(row.arrangement_id!) ?? []), row]);
	const members = [...byArrangement.values()].find((group) => group.length >= 3)!;
	const outsider = rows.find((r) => r.arrangement_id !== members[0].arrangement_id)!;
	return { members, outsider };
}

const panel = (page: Page) => page.locator('aside[data-panel]');

test('hovering a municipality shows its name and status; clicking it opens the panel and its URL', async ({
	page
}) => {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
	});
	await mapReady(page);
	await centreOn(page, KLEPPESTO, 9);
	const point = await screenPoint(page, KLEPPESTO);
	await page.mouse.move(point.x - 5, point.y - 5);
	await page.mouse.move(point.x, point.y);
	const tooltip = page.locator('.coverage-map .tooltip');
	await expect(tooltip).toContainText('Askøy');
	await expect(tooltip).toContainText(/kreftkoordinator/i);
	await page.mouse.click(point.x, point.y);
	await expect(page).toHaveURL(/\/kommune\/4627-askoy$/);
	// The panel has the same facts as the municipality's own page.
	await expect(panel(page).getByRole('heading', { level: 2, name: 'Askøy' })).toBeFocused();
	await expect(panel(page).getByRole('heading', { name: 'Egen kreftkoordinator' })).toBeVisible();
	await expect(panel(page).getByRole('link', { name: /^\+47/ }).first()).toHaveAttribute(
		'href',
		/^tel:\+47\d{8}$/
	);
	await expect(panel(page).getByText(/^Kreftkoordinator i Askøy$/)).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Finn kreftkoordinatoren i din kommune');
	expect((await featureState(page, '4627')).selected).toBe(true);
	expect(violations).toEqual([]);
});

/** The coordinators' phone links of a municipality, as its own page shows them (not the hotline's or a service's). */
async function phonesOnPage(page: Page, path: string): Promise<string[]> {
	const other = await page.context().newPage();
	await other.goto(path);
	const links = other.locator('[data-contacts] a[href^="tel:"]');
	const hrefs = await links.evaluateAll((list) => list.map((link) => link.getAttribute('href')!));
	await other.close();
	return hrefs;
}

test('a click shows the coordinator phone without waiting for the network (contacts are at hand)', async ({
	page
}) => {
	// Finding a point inside a municipality queries the software-rendered map many times.
	test.setTimeout(90_000);
	// Contacts come when the reader reaches for the map, with the map itself.
	const contactsIn = page.waitForResponse(
		(response) => /\/kart\/kontakter\.json$/.test(new URL(response.url()).pathname) && response.ok()
	);
	await mapReady(page);
	await contactsIn;
	const { members } = await sharedGroup(page);
	// A member of a shared arrangement (found on the national view), then Askøy (its own coordinator).
	const places = [
		{ ...members[1], path: `/kommune/${members[1].kommunenummer}` },
		{ kommunenummer: '4627', name: 'Askøy', path: '/kommune/4627-askoy' }
	];
	const expected = [];
	for (const place of places) expected.push(await phonesOnPage(page, place.path));
	// From now on nothing a click could ask the server for answers: not the details, not the contacts.
	await page.route(/__data\.json|kontakter\.json/, (route) => route.abort());
	for (const [i, place] of places.entries()) {
		expect(expected[i].length, `${place.name} has a coordinator with a phone`).toBeGreaterThan(0);
		let point;
		if (place.kommunenummer === '4627') {
			await centreOn(page, KLEPPESTO, 9);
			point = await screenPoint(page, KLEPPESTO);
		} else point = await pointInside(page, place.kommunenummer);
		await page.mouse.click(point.x, point.y);
		await expect(panel(page).getByRole('heading', { level: 2, name: place.name })).toBeVisible();
		const contact = panel(page).locator('[data-contacts]');
		await expect(contact.getByRole('heading', { name: 'Kontakt' })).toBeVisible();
		for (const href of expected[i]) await expect(contact.locator(`a[href="${href}"]`)).toBeVisible();
		// The details never came: the phone is there without them.
		await expect(page.locator('aside[data-panel="loaded"]')).toHaveCount(0);
		await panel(page).getByRole('button', { name: /Lukk/ }).click();
	}
});

test('selecting a member of a shared arrangement highlights the group; Back restores earlier selections', async ({
	page
}) => {
	await mapReady(page);
	const { members, outsider } = await sharedGroup(page);
	const [first, second] = members;
	const point = await pointInside(page, first.kommunenummer);
	await page.mouse.click(point.x, point.y);
	await expect(panel(page).getByRole('heading', { level: 2, name: first.name })).toBeVisible();
	await expect(panel(page).getByRole('heading', { name: 'Interkommunal kreftkoordinator' })).toBeVisible();
	for (const member of members) expect((await featureState(page, member.kommunenummer)).group).toBe(true);
	expect((await featureState(page, outsider.kommunenummer)).group).toBeFalsy();
	const firstUrl = page.url();

	// Another member, picked in the panel, opens in the panel and moves the selection.
	// (The member list is the panel's last mention of it; the host may also be named in the status text.)
	await panel(page).getByRole('link', { name: second.name, exact: true }).last().click();
	await expect(panel(page).getByRole('heading', { level: 2, name: second.name })).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`/kommune/${second.kommunenummer}-`));
	expect((await featureState(page, second.kommunenummer)).selected).toBe(true);
	expect((await featureState(page, first.kommunenummer)).selected).toBe(false);

	await page.goBack();
	await expect(page).toHaveURL(firstUrl);
	await expect(panel(page).getByRole('heading', { level: 2, name: first.name })).toBeVisible();
	await page.goBack();
	await expect(page).toHaveURL(/\/$/);
	await expect(panel(page)).toHaveCount(0);
	await page.goForward();
	await expect(panel(page).getByRole('heading', { level: 2, name: first.name })).toBeVisible();
});

test('keyboard only: Enter opens the municipality in the middle, Escape closes and returns focus', async ({
	page
}) => {
	await mapReady(page);
	await centreOn(page, OSLO, 10);
	const canvas = page.locator('[data-coverage-map] canvas');
	await expect(canvas).toHaveAttribute('aria-label', 'Interaktivt kart over kommunene');
	await canvas.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/kommune\/0301-oslo$/);
	await expect(panel(page).getByRole('heading', { level: 2, name: 'Oslo' })).toBeFocused();
	await expect(page.getByRole('status').filter({ hasText: 'Valgt: Oslo' })).toHaveCount(1);
	await page.keyboard.press('Tab');
	await expect(
		panel(page)
			.getByRole('link', { name: /^\+47|@/ })
			.first()
	).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(panel(page)).toHaveCount(0);
	await expect(page).toHaveURL(/\/$/);
	await expect(canvas).toBeFocused();
});

test('on a phone the panel is a bottom sheet with a close button', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
	const page = await context.newPage();
	await mapReady(page);
	await centreOn(page, OSLO, 9);
	const point = await screenPoint(page, OSLO);
	await page.mouse.click(point.x, point.y);
	const sheet = panel(page);
	await expect(sheet.getByRole('heading', { level: 2, name: 'Oslo' })).toBeVisible();
	const box = (await sheet.boundingBox())!;
	expect(box.width).toBe(390);
	expect(Math.round(box.y + box.height)).toBe(844);
	expect(box.height).toBeLessThanOrEqual(844 * 0.7 + 1);
	await sheet.getByRole('button', { name: 'Lukk' }).click();
	await expect(sheet).toHaveCount(0);
	await context.close();
});

test('a deep link opens the municipality page with the map zoomed to it and its group marked', async ({
	page
}) => {
	const { members } = await sharedGroup(page);
	const [member] = members;
	await mapReady(page, `/kommune/${member.kommunenummer}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(member.name);
	const state = await featureState(page, member.kommunenummer);
	expect(state).toMatchObject({ selected: true, group: true });
	const view = await page.evaluate(() => {
		const map = (document.querySelector('[data-coverage-map]') as MapHost).coverageMap;
		return { zoom: map.getZoom() };
	});
	expect(view.zoom).toBeGreaterThan(5);
	const inside = await pointInside(page, member.kommunenummer);
	expect(inside).toBeTruthy();
});

test('axe finds no violations on the front page with the panel open', async ({ page }) => {
	// The map in software WebGL, then axe over the whole front page: slow on a busy 2-core machine.
	test.slow();
	await mapReady(page);
	await centreOn(page, OSLO, 10);
	const point = await screenPoint(page, OSLO);
	await page.mouse.click(point.x, point.y);
	await expect(panel(page).getByRole('heading', { level: 2, name: 'Oslo' })).toBeVisible();
	const front = await new AxeBuilder({ page }).analyze();
	expect(front.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('axe finds no violations on a municipality page with its map', async ({ page }) => {
	await mapReady(page, '/kommune/0301-oslo');
	const municipality = await new AxeBuilder({ page }).analyze();
	expect(municipality.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
		[]
	);
});

test('if the geometry cannot be loaded, the SVG map and the list stay and a note says so', async ({
	page
}) => {
	await page.route('**/kart/kommuner.topo.json', (route) => route.fulfill({ status: 503, body: 'down' }));
	await page.goto('/');
	await page.locator('.coverage-map').scrollIntoViewIfNeeded();
	await expect(page.getByText('Det interaktive kartet kunne ikke lastes.')).toBeVisible();
	await expect(page.locator('path[data-kommunenummer]')).toHaveCount(357);
	await expect(page.getByRole('link', { name: 'Askøy', exact: true })).toBeVisible();
});
