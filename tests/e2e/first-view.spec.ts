import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

// Issue 18: the front page's first view (what it transfers before the reader does anything, without MapLibre)
// stays within 150 KB compressed, measured as the bench measures it (scripts/bench/map.ts). What is only
// needed after an interaction (the panel, the map's drawing code, the search index, the contacts) and other
// pages' texts stay out of it.

const BUDGET_BYTES = 150 * 1024;

/** A bokmål message's text, from the catalogue (messages/nb.json or one of its folders). */
function nb(key: string, folder = ''): string {
	const catalogue = JSON.parse(readFileSync(`messages/${folder}nb.json`, 'utf8')) as Record<string, string>;
	expect(catalogue[key], `messages/${folder}nb.json has ${key}`).toBeTruthy();
	return catalogue[key];
}

test('the first view stays within its budget and leaves what comes after a choice for later', async ({
	page
}) => {
	const requests: { url: URL; start: number; bytes: number; script: Promise<string> | null }[] = [];
	const pending: Promise<void>[] = [];
	page.on('requestfinished', (request) =>
		pending.push(
			request.sizes().then(async (sizes) => {
				const response = await request.response();
				requests.push({
					url: new URL(request.url()),
					start: request.timing().startTime,
					bytes: sizes.responseBodySize + sizes.responseHeadersSize,
					script: request.resourceType() === 'script' && response ? response.text() : null
				});
			})
		)
	);
	await page.goto('/', { waitUntil: 'networkidle' });
	await Promise.all(pending);
	// Requests from the moment the interactive map starts loading (the page has been quiet for a while) are not
	// the first view's.
	const mapStart = await page.evaluate(() => {
		const start = performance.getEntriesByName('koordinatorkart:map-start')[0]?.startTime;
		return start === undefined ? Infinity : performance.timeOrigin + start;
	});
	const firstView = requests.filter((r) => r.start < mapStart);

	const total = firstView.reduce((sum, r) => sum + r.bytes, 0);
	const list = firstView.map((r) => `${r.url.pathname} ${r.bytes}`).join('\n');
	expect(total, `first view, compressed:\n${list}`).toBeLessThanOrEqual(BUDGET_BYTES);

	// Data fetched on first use: the search index (the box gets focus), the contacts and the geometry (the map
	// wakes).
	const paths = firstView.map((r) => r.url.pathname);
	for (const later of ['/sok/indeks.json', '/kart/kontakter.json', '/kart/kommuner.topo.json'])
		expect(paths).not.toContain(later);

	// Code for later, told by its texts: the panel's link to the full page, MapLibre's controls (the map's
	// drawing code), and other pages' texts (a message looked up by a computed key once brought every text of
	// the site, in three languages, into every page).
	const scripts = await Promise.all(firstView.flatMap((r) => (r.script ? [r.script] : [])));
	expect(scripts.length).toBeGreaterThan(0);
	const laterTexts = [
		nb('panel_full_page'),
		nb('maplibre_fullscreen'),
		nb('login_intro'),
		nb('a11y_intro', 'open/')
	];
	for (const text of laterTexts)
		expect(
			scripts.some((script) => script.includes(text)),
			`a first-view script has «${text}»`
		).toBe(false);
	// The front page's own texts are in its scripts (so the check above reads the right files).
	expect(scripts.some((script) => script.includes(nb('list_heading')))).toBe(true);
});
