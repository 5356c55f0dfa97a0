// The map in a real browser (Debian's Chromium through Playwright, on loopback, no throttling): transfer bytes
// of the first view, time to the first map paint (the server-rendered SVG) and to MapLibre idle, and
// click-to-panel latency; the same for the baseline page (whole GeoJSON into MapLibre), with ratios.
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

/** Places across the country, clicked one after another for the click-to-panel latency. */
const PLACES: [number, number][] = [
	[10.74, 59.913], // Oslo
	[5.33, 60.39], // Bergen
	[10.39, 63.43], // Trondheim
	[18.95, 69.65], // Tromsø
	[14.4, 67.28], // Bodø
	[8.0, 58.15], // Kristiansand
	[11.07, 60.79], // Hamar
	[23.27, 69.97] // Alta
];

export interface PageLoad {
	/** Encoded (compressed) bytes of every response, by part. */
	firstViewBytes: number;
	/** The first view's requests (path and encoded bytes with headers), largest first. */
	firstViewRequests: { path: string; bytes: number }[];
	mapBytes: number;
	/** First contentful paint; for the app the SVG map is part of it. */
	firstMapPaintMs: number;
	mapIdleMs: number;
}

export interface MapFigures {
	years: YearStepFigures;
	app: PageLoad & { clicks: ClickTiming[] };
	baseline: PageLoad & { clicks: ClickTiming[] };
}

async function measureLoad(browser: Browser, url: string, idleMark: string, appMode: boolean) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	const requests: { path: string; start: number; bytes: number }[] = [];
	const pending: Promise<void>[] = [];
	page.on('requestfinished', (request) =>
		pending.push(
			request.sizes().then((sizes) => {
				requests.push({
					path: new URL(request.url()).pathname,
					start: request.timing().startTime,
					bytes: sizes.responseBodySize + sizes.responseHeadersSize
				});
			})
		)
	);
	await page.goto(url, { waitUntil: 'networkidle' });
	// Then a reader on a computer moves the pointer to the map: the app starts loading MapLibre (on its own, it
	// waits until the page has been quiet for a while). The baseline loads it straight away.
	if (appMode) await page.locator('.coverage-map').locator('..').hover();
	await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, idleMark, {
		timeout: 60_000
	});
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);
	const timings = await page.evaluate((mark) => {
		const start = performance.getEntriesByName('koordinatorkart:map-start')[0]?.startTime;
		return {
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
			idle: performance.getEntriesByName(mark)[0].startTime,
			// Requests from this moment on are the interactive map's.
			mapStartEpoch: start === undefined ? Infinity : performance.timeOrigin + start
		};
	}, idleMark);
	const sum = (list: typeof requests) => list.reduce((total, r) => total + r.bytes, 0);
	const firstView = requests.filter((r) => r.start < timings.mapStartEpoch);
	const later = requests.filter((r) => r.start >= timings.mapStartEpoch);
	return {
		page,
		close: () => context.close(),
		load: {
			firstViewBytes: sum(firstView),
			firstViewRequests: firstView
				.map(({ path, bytes }) => ({ path, bytes }))
				.sort((a, b) => b.bytes - a.bytes),
			mapBytes: sum(later),
			// The baseline has no map until MapLibre has drawn the GeoJSON.
			firstMapPaintMs: appMode ? timings.fcp : timings.idle,
			mapIdleMs: timings.idle
		}
	};
}

type MapKind = 'app' | 'baseline';

/** The page's MapLibre map: the app exposes it on its container, the baseline page as window.__map. */
function mapOf(kind: MapKind): import('maplibre-gl').Map {
	return kind === 'app'
		? (document.querySelector('[data-coverage-map]') as unknown as { coverageMap: import('maplibre-gl').Map })
				.coverageMap
		: (window as unknown as { __map: import('maplibre-gl').Map }).__map;
}

export interface ClickTiming {
	/** Pointer down until the panel names the clicked municipality. */
	panelMs: number;
	/** Pointer down until the panel shows the coordinators' contacts (NaN for a place without them). */
	contactsMs: number;
	/** Pointer down until the panel shows its details (contacts, arrangement, services). */
	detailsMs: number;
}

/** Clicks places one after another on the canvas and times the panel. */
async function clickLatencies(
	page: Page,
	selectors: { panel: string; contacts: string; details: string },
	kind: MapKind
): Promise<ClickTiming[]> {
	await page.evaluate(`window.__mapOf = ${mapOf.toString()}`);
	const timings: ClickTiming[] = [];
	for (const place of PLACES) {
		await page.evaluate(
			([place, kind]) =>
				new Promise<void>((resolve) => {
					const map = (window as unknown as { __mapOf: typeof mapOf }).__mapOf(kind);
					map.once('idle', () => resolve());
					map.jumpTo({ center: place, zoom: 8 });
				}),
			[place, kind] as const
		);
		const point = await page.evaluate(
			([place, kind]) => {
				const map = (window as unknown as { __mapOf: typeof mapOf }).__mapOf(kind);
				const box = map.getCanvas().getBoundingClientRect();
				const p = map.project(place);
				return { x: box.left + p.x, y: box.top + p.y };
			},
			[place, kind] as const
		);
		const measuring = page.evaluate(
			(selectors) =>
				new Promise<ClickTiming>((resolve) => {
					let down = 0;
					let panelMs = 0;
					let contactsMs = 0;
					const before = document.querySelector(selectors.panel)?.textContent ?? '';
					addEventListener('pointerdown', (event) => (down = event.timeStamp), { once: true, capture: true });
					// (Inline functions only: this runs in the page, where tsx's name helper does not exist.)
					const observer = new MutationObserver(() => {
						const name = document.querySelector(selectors.panel)?.textContent;
						if (!down || !name || name === before) return;
						// The next frame is when it is on screen.
						if (!panelMs) requestAnimationFrame(() => (panelMs = performance.now() - down));
						if (!contactsMs && document.querySelector(selectors.contacts))
							requestAnimationFrame(() => (contactsMs ||= performance.now() - down));
						if (document.querySelector(selectors.details)?.textContent === name) {
							observer.disconnect();
							requestAnimationFrame(() =>
								requestAnimationFrame(() =>
									resolve({
										panelMs: panelMs || performance.now() - down,
										contactsMs:
											contactsMs ||
											(document.querySelector(selectors.contacts) ? performance.now() - down : NaN),
										detailsMs: performance.now() - down
									})
								)
							);
						}
					});
					observer.observe(document.body, { subtree: true, childList: true, characterData: true });
				}),
			selectors
		);
		await page.waitForTimeout(50);
		await page.mouse.click(point.x, point.y);
		timings.push(await measuring);
	}
	return timings;
}

export interface YearStepFigures {
	/** From changing the year to the map's feature states all set (Svelte effects, 357 setFeatureState). */
	restyleMs: number[];
	/** From changing the year to the next frame MapLibre draws. */
	frameMs: number[];
}

/** Steps the dashboard's year slider back and forth and times the map's restyle. */
async function yearSteps(browser: Browser, url: string, steps = 24): Promise<YearStepFigures> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.locator('.coverage-map').hover();
	await page.waitForFunction(
		() => performance.getEntriesByName('koordinatorkart:map-idle').length > 0,
		null,
		{
			timeout: 60_000
		}
	);
	const figures = await page.evaluate(async (steps) => {
		const map = (
			document.querySelector('[data-coverage-map]') as unknown as { coverageMap: import('maplibre-gl').Map }
		).coverageMap;
		const slider = document.getElementById('year') as HTMLInputElement;
		const first = Number(slider.min);
		const span = Number(slider.max) - first + 1;
		const restyleMs: number[] = [];
		const frameMs: number[] = [];
		for (let i = 1; i <= steps; i++) {
			// Both listeners before the change: MapLibre can fire 'idle' in the same frame as 'render'.
			const drawn = new Promise<number>((resolve) => map.once('render', () => resolve(performance.now())));
			const settled = new Promise((resolve) => map.once('idle', resolve));
			const start = performance.now();
			slider.value = String(first + (i % span));
			slider.dispatchEvent(new Event('input', { bubbles: true }));
			// Svelte runs its effects (which set the feature states) in a microtask queued by the input event;
			// these run after it. (A timer would also wait for MapLibre's frame, which is the next figure.)
			for (let tick = 0; tick < 3; tick++) await Promise.resolve();
			restyleMs.push(performance.now() - start);
			frameMs.push((await drawn) - start);
			await settled;
		}
		return { restyleMs, frameMs };
	}, steps);
	await context.close();
	return figures;
}

export async function benchMap(appUrl: string, baselineUrl: string): Promise<MapFigures> {
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		const app = await measureLoad(browser, appUrl, 'koordinatorkart:map-idle', true);
		const appClicks = await clickLatencies(
			app.page,
			{
				panel: 'aside[data-panel] h2',
				contacts: 'aside[data-panel] [data-contacts] a[href^="tel:"]',
				details: 'aside[data-panel="loaded"] h2'
			},
			'app'
		);
		await app.close();
		const baseline = await measureLoad(browser, baselineUrl, 'baseline:map-idle', false);
		const baselineClicks = await clickLatencies(
			baseline.page,
			// The baseline's popup has no contacts: its figure is the time to the popup.
			{ panel: '#panel h2', contacts: '#panel h2', details: '#panel h2' },
			'baseline'
		);
		await baseline.close();
		const years = await yearSteps(browser, `${appUrl}statistikk?lag=finansiering`);
		return {
			years,
			app: { ...app.load, clicks: appClicks },
			baseline: { ...baseline.load, clicks: baselineClicks }
		};
	} finally {
		await browser.close();
	}
}
