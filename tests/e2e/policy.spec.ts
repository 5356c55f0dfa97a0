// The policy dashboard: year control, figures and map colours consistent with the SQL timeline, the view in
// the URL, the CSV of the table, accessibility.
import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PHASE_COLOURS } from '../../src/lib/domain/phase.ts';
import { STATUS_COLOURS } from '../../src/lib/domain/status.ts';
import { holdScripts } from './slow-scripts.ts';

interface Timeline {
	from_year: number;
	to_year: number;
	statuses: Record<string, string>;
	phases: Record<string, string>;
	phase_changes: { year: number; name: string; members: string[]; from: string; to: string }[];
}

async function timeline(page: Page): Promise<Timeline> {
	return (await (await page.request.get('/api/tidslinje.json')).json()) as Timeline;
}

/** Counts from the per-municipality strings: independent of the summary rows the page shows. */
function counted(t: Timeline, year: number, county?: string) {
	const entries = Object.entries(t.statuses).filter(([k]) => !county || k.startsWith(county));
	const at = year - t.from_year;
	const own = entries.filter(([, s]) => s[at] === 'o').length;
	const shared = entries.filter(([, s]) => s[at] === 's').length;
	return { own, shared, covered: own + shared, total: entries.length };
}

const figure = (page: Page, name: string) => page.locator(`[data-figure="${name}"] strong`);

/** Each drawn municipality's fill in the image of a view (/statistikk/kart.svg). */
function fillsOf(svg: string): Record<string, string> {
	const paths = svg.matchAll(/<path d="[^"]*" fill="([^"]+)" data-kommunenummer="(\d{4})"/g);
	return Object.fromEntries([...paths].map(([, fill, kommunenummer]) => [kommunenummer, fill]));
}

/** The picture the page shows in its markup: drawn in its box, and the same map as the image of the view. */
async function expectPictureInPage(locator: Locator, page: Page, imageOfView: string) {
	// Attached, not visible: the interactive map may already have loaded over it.
	const svg = locator.locator(':scope > svg');
	await expect(svg).toBeAttached();
	const box = (await svg.boundingBox())!;
	expect(box.width * box.height).toBeGreaterThan(100 * 100);
	const shown = await locator.evaluate((picture) =>
		Object.fromEntries(
			[...picture.querySelectorAll('path[data-kommunenummer]')].map((p) => [
				p.getAttribute('data-kommunenummer'),
				p.getAttribute('fill')
			])
		)
	);
	const expected = fillsOf(await (await page.request.get(imageOfView)).text());
	expect(Object.keys(expected).length).toBeGreaterThan(0);
	expect(shown).toEqual(expected);
}

test('moving the year changes the figures as the SQL timeline says', async ({ page }) => {
	const t = await timeline(page);
	await page.goto('/statistikk?ar=2014');
	const slider = page.getByRole('slider', { name: /År/ });
	await expect(slider).toHaveValue('2014');
	const in2014 = counted(t, 2014);
	await expect(figure(page, 'covered')).toHaveText(`${in2014.covered} av 357 kommuner har kreftkoordinator`);
	await expect(page.locator('[data-figure="covered"] span')).toHaveText(
		`${in2014.own} med egen, ${in2014.shared} i interkommunalt samarbeid`
	);

	await slider.focus();
	for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveValue('2018');
	const in2018 = counted(t, 2018);
	expect(in2018.covered).not.toBe(in2014.covered);
	await expect(figure(page, 'covered')).toHaveText(`${in2018.covered} av 357 kommuner har kreftkoordinator`);
	await expect(figure(page, 'uncovered')).toHaveText(
		`${357 - in2018.covered} kommuner uten kreftkoordinator`
	);
	await expect(page).toHaveURL(/\?ar=2018$/);

	// A county: its row in the table agrees with the strings too.
	await page.getByLabel('Fylke', { exact: true }).selectOption({ label: 'Vestland' });
	const vestland = counted(t, 2018, '46');
	await expect(figure(page, 'covered')).toHaveText(
		`${vestland.covered} av ${vestland.total} kommuner har kreftkoordinator`
	);
	await expect(page.locator('tr[data-county="46"] td').nth(1)).toHaveText(String(vestland.covered));
});

test('the map is restyled by year and layer without reloading its geometry, as the timeline says', async ({
	page
}) => {
	const t = await timeline(page);
	let geometryRequests = 0;
	page.on('request', (request) => {
		if (request.url().includes('kommuner.topo.json')) geometryRequests++;
	});
	await page.goto('/statistikk?ar=2013&lag=finansiering');
	await page.locator('.coverage-map').hover();
	await expect(page.locator('[data-coverage-map][data-ready="true"]')).toBeVisible({ timeout: 20_000 });
	const state = (k: string) =>
		page.evaluate(
			(id) =>
				(
					document.querySelector('[data-coverage-map]') as unknown as {
						coverageMap: { getFeatureState(f: object): Record<string, unknown> };
					}
				).coverageMap.getFeatureState({ source: 'municipalities', id }),
			k
		);
	// Oslo's funding phase in two years, and the colour the map has for it.
	const colourOf = PHASE_COLOURS;
	const phase2013 = t.phases['0301'][2013 - t.from_year] as keyof typeof colourOf;
	await expect.poll(async () => (await state('0301')).colour).toBe(colourOf[phase2013]);
	await page.getByRole('link', { name: /Neste år/ }).click();
	const phase2014 = t.phases['0301'][2014 - t.from_year] as keyof typeof colourOf;
	await expect.poll(async () => (await state('0301')).colour).toBe(colourOf[phase2014]);

	// Back to status: the status colour, and the status follows the year.
	await page.getByLabel('Status', { exact: true }).check();
	const status2014 = ({ o: 'own', s: 'inter_municipal', n: 'none' } as const)[
		t.statuses['0301'][2014 - t.from_year] as 'o' | 's' | 'n'
	];
	await expect.poll(async () => (await state('0301')).colour).toBe(STATUS_COLOURS[status2014]);
	const someone = Object.entries(t.statuses).find(([, s]) => s[0] === 'n' && s[s.length - 1] !== 'n')![0];
	await page.getByRole('slider', { name: /År/ }).fill(String(t.from_year));
	await expect.poll(async () => (await state(someone)).status).toBe('none');
	await page.getByRole('slider', { name: /År/ }).fill(String(t.to_year));
	await expect.poll(async () => (await state(someone)).status).not.toBe('none');
	expect(geometryRequests).toBe(1);
});

test('a shared link restores the view, and the table downloads as the CSV it shows', async ({ page }) => {
	await page.goto('/statistikk?ar=2016&lag=finansiering&fylke=46&sorter=dekket&synkende=1');
	await expect(page.getByRole('slider', { name: /År/ })).toHaveValue('2016');
	await expect(page.getByLabel('Finansiering', { exact: true })).toBeChecked();
	await expect(page.getByLabel('Fylke', { exact: true })).toHaveValue('46');
	// The county table's sortable header (the trend chart's table of figures has a plain one of the same name).
	await expect(page.getByRole('columnheader', { name: 'Sorter etter Med koordinator' })).toHaveAttribute(
		'aria-sort',
		'descending'
	);
	const shown = await page
		.locator('table.counties tbody tr')
		.evaluateAll((rows) =>
			rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim()))
		);
	const covered = shown.map((row) => Number(row[2]));
	expect(covered).toEqual([...covered].sort((a, b) => b - a));

	// The table comes alive on its own as the reader nears it (src/lib/island), and its CSV button with it.
	await page.locator('#table-heading').scrollIntoViewIfNeeded();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Last ned tabellen (CSV)' }).click();
	const file = await (await download).path();
	const text = await readFile(file, 'utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const rows = parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
	// The counties as shown, then the national total.
	expect(rows.map((r) => r['Fylke'])).toEqual([...shown.map((r) => r[0]), 'Hele landet']);
	expect(rows.slice(0, -1).map((r) => Number(r['Med koordinator']))).toEqual(covered);
});

test('axe finds no violations on the dashboard', async ({ page }) => {
	await page.goto('/statistikk');
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

const STATUS_OF = {
	o: 'Egen kreftkoordinator',
	s: 'Interkommunal kreftkoordinator',
	n: 'Ingen kreftkoordinator registrert'
};

async function mapLoaded(page: Page) {
	await page.locator('.map-box').hover();
	await expect(page.locator('[data-coverage-map][data-ready="true"]')).toBeVisible({ timeout: 20_000 });
}

test('filters, the selected municipality and the map position are in the URL; a shared link restores them', async ({
	page
}) => {
	const t = await timeline(page);
	const at = 2019 - t.from_year;
	// Nordland's municipalities without a coordinator in 2019, from the timeline strings.
	const expected = Object.entries(t.statuses)
		.filter(([k, s]) => k.startsWith('18') && s[at] === 'n')
		.map(([k]) => k)
		.sort();
	const selected = expected[0];
	await page.goto(`/statistikk?ar=2019&fylke=18&status=uten&kommune=${selected}&kart=14.4,67.3,6.5`);
	await expect(page.getByLabel('Ingen kreftkoordinator registrert', { exact: true })).toBeChecked();
	await expect(page.getByLabel('Egen kreftkoordinator', { exact: true })).not.toBeChecked();
	await expect(page.getByRole('heading', { name: /Kommunene i utvalget, 2019/ })).toContainText(
		`(${expected.length})`
	);
	const listed = await page
		.locator('table.municipalities tbody tr')
		.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kommunenummer')!));
	expect(listed.sort()).toEqual(expected);
	await expect(page.locator('[data-selected-status]')).toHaveText(`2019: ${STATUS_OF.n}`);

	// The map opens where the link says, with the selection outlined and the filtered-out areas white.
	await mapLoaded(page);
	const view = await page.evaluate((k) => {
		const map = (
			document.querySelector('[data-coverage-map]') as unknown as {
				coverageMap: {
					getCenter(): { lng: number; lat: number };
					getZoom(): number;
					getFeatureState(f: object): Record<string, unknown>;
				};
			}
		).coverageMap;
		const centre = map.getCenter();
		return {
			lon: centre.lng,
			lat: centre.lat,
			zoom: map.getZoom(),
			selected: map.getFeatureState({ source: 'municipalities', id: k }).selected,
			oslo: map.getFeatureState({ source: 'municipalities', id: '0301' }).colour
		};
	}, selected);
	expect(view.lon).toBeCloseTo(14.4, 1);
	expect(view.lat).toBeCloseTo(67.3, 1);
	expect(view.zoom).toBeCloseTo(6.5, 1);
	expect(view.selected).toBe(true);
	expect(view.oslo).toBe('#ffffff');

	// Changing a filter and zooming the map are written back into the address.
	await page.getByLabel('Interkommunal kreftkoordinator', { exact: true }).check();
	await expect(page).toHaveURL(/status=delt,uten/);
	await page.locator('.maplibregl-ctrl-zoom-in').click();
	await expect(page).toHaveURL(/kart=14\.4,67\.3,7\.5/);
	await page.getByRole('button', { name: 'Fjern valget' }).click();
	await expect(page).not.toHaveURL(/kommune=/);
	await expect(page.getByText('Velg en kommune på kartet for å se den her.')).toBeVisible();
});

test('the map downloads as SVG and PNG with title, legend, date and attribution of the view shown', async ({
	page
}) => {
	const t = await timeline(page);
	await page.goto('/statistikk?ar=2017&lag=finansiering&fylke=46');
	// The map's legend (the trend chart has a legend of its own).
	const legendShown = await page.locator('section.legend li').allTextContents();
	const figureShown = (await figure(page, 'covered').textContent())!;

	const svgDownload = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Last ned kartet (SVG)' }).click();
	const svgFile = await svgDownload;
	expect(svgFile.suggestedFilename()).toBe('kreftkoordinatorer-kart-2017.svg');
	const svg = await readFile(await svgFile.path(), 'utf8');
	// Parsed as the browser parses it: the texts and colours a reader of the picture sees.
	const picture = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		// A title or date line may be wrapped over several text lines.
		const part = (name: string) =>
			[...doc.querySelectorAll(`[data-part="${name}"]`)].map((e) => e.textContent).join(' ');
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			title: part('title'),
			subtitle: part('subtitle'),
			legend: [...doc.querySelectorAll('[data-part="legend"] text')].map((e) => e.textContent),
			attribution: part('attribution'),
			fills: Object.fromEntries(
				[...doc.querySelectorAll('path[data-kommunenummer]')].map((e) => [
					e.getAttribute('data-kommunenummer'),
					e.getAttribute('fill')
				])
			)
		};
	}, svg);
	expect(picture.error).toBeNull();
	expect(picture.title).toBe('Finansiering av kreftkoordinatorer – Vestland');
	expect(picture.subtitle).toBe(`Situasjonen 31. desember 2017 · ${figureShown}`);
	expect(picture.legend).toEqual(legendShown.map((text) => text.trim()));
	expect(picture.attribution).toContain('© Kartverket');
	for (const k of ['4601', '4602', '4640']) {
		const phase = t.phases[k][2017 - t.from_year] as keyof typeof PHASE_COLOURS;
		expect(picture.fills[k]).toBe(PHASE_COLOURS[phase]);
	}

	const pngDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Last ned kartet (PNG)' }).click();
	const pngFile = await pngDownload;
	expect(pngFile.suggestedFilename()).toBe('kreftkoordinatorer-kart-2017.png');
	const png = await readFile(await pngFile.path());
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	const width = png.readUInt32BE(16);
	expect(width).toBe(2 * Number(/width="(\d+)"/.exec(svg)![1]));
	// Drawn, not blank: the PNG has the legend's colours in it.
	const colours = await page.evaluate(async (base64) => {
		const image = new Image();
		image.src = `data:image/png;base64,${base64}`;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = image.width;
		canvas.height = image.height;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0);
		const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
		const seen = new Set<string>();
		for (let i = 0; i < data.length; i += 4)
			seen.add(
				`#${[data[i], data[i + 1], data[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`
			);
		return [...seen];
	}, png.toString('base64'));
	expect(colours).toContain(PHASE_COLOURS.m);
	expect(colours).toContain(PHASE_COLOURS['7']);
});

test('the embed view renders the same view in a frame on another site, from the code the dashboard gives', async ({
	page
}) => {
	await page.goto('/statistikk?ar=2018&lag=finansiering');
	await page.getByText('Bygg inn kartet på en annen nettside').click();
	const code = await page.getByLabel('Kode for innbygging').inputValue();
	const src = /src="([^"]+)"/.exec(code)![1].replaceAll('&amp;', '&');
	expect(new URL(src).pathname + new URL(src).search).toBe('/embed/kart?ar=2018&lag=finansiering');
	const figureShown = (await figure(page, 'covered').textContent())!;

	const response = await page.request.get(src);
	expect(response.headers()['x-frame-options']).toBeUndefined();
	expect(response.headers()['content-security-policy']).toContain('frame-ancestors *');

	// Another site's page with the code in it, served from another origin on this machine.
	const otherSite = createServer((_, response) => {
		response.setHeader('content-type', 'text/html; charset=utf-8');
		response.end(`<!doctype html><html lang="nb"><title>Kommunens side</title>${code}</html>`);
	});
	await new Promise<void>((done) => otherSite.listen(0, '127.0.0.1', done));
	await page.goto(`http://127.0.0.1:${(otherSite.address() as AddressInfo).port}/kommunens-side`);
	const frame = page.frameLocator('iframe');
	await expect(
		frame.getByRole('heading', { name: 'Finansiering av kreftkoordinatorer – Hele landet' })
	).toBeVisible();
	await expect(frame.locator('[data-figure="covered"]')).toContainText(figureShown);
	await expect(frame.locator('.legend li').first()).toContainText('Kreftforeningen 75 %');
	await expect(frame.getByRole('navigation')).toHaveCount(0);
	await expect(frame.getByRole('link', { name: 'Se hele oversikten i Koordinatorkart' })).toHaveAttribute(
		'href',
		'/statistikk?ar=2018&lag=finansiering'
	);
	// The picture of the view stands in the page until the interactive map has loaded.
	await expectPictureInPage(
		frame.locator('.map-picture'),
		page,
		'/statistikk/kart.svg?ar=2018&lag=finansiering&ramme=nei'
	);
	otherSite.close();
});

test('without JavaScript the controls are a plain form and the map a picture of the same view', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const t = await timeline(page);
	await page.goto('/statistikk');
	await page.getByLabel('Fylke', { exact: true }).selectOption({ label: 'Vestland' });
	await page.getByLabel('Ingen kreftkoordinator registrert', { exact: true }).check();
	await page.getByRole('slider', { name: /År/ }).fill('2015');
	await page.getByRole('button', { name: 'Vis' }).click();
	await expect(page).toHaveURL(/ar=2015&fylke=46&lag=status&status=uten/);
	const vestland = counted(t, 2015, '46');
	await expect(figure(page, 'covered')).toHaveText(
		`${vestland.covered} av ${vestland.total} kommuner har kreftkoordinator`
	);
	await expect(page.getByRole('heading', { name: /Kommunene i utvalget, 2015/ })).toContainText(
		`(${vestland.total - vestland.covered})`
	);
	const picture = page.getByRole('img', { name: /^Kart over Vestland, 2015/ });
	await expectPictureInPage(picture, page, '/statistikk/kart.svg?ar=2015&fylke=46&status=uten&ramme=nei');
	// Sorting and stepping through the years are links.
	await page.getByRole('link', { name: 'Sorter etter Uten' }).click();
	await expect(page).toHaveURL(/sorter=uten&synkende=1/);
	await page.getByRole('link', { name: /Neste år/ }).click();
	await expect(page.getByRole('slider', { name: /År/ })).toHaveValue('2016');
	await context.close();
});

test('the first map picture is in the page; once the view changes it is the image of the view', async ({
	page
}) => {
	const images: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('kart.svg')) images.push(request.url());
	});
	await page.goto('/embed/kart?ar=2016');
	await expectPictureInPage(page.locator('.map-picture'), page, '/statistikk/kart.svg?ar=2016&ramme=nei');
	await page.waitForLoadState('networkidle');
	expect(images).toEqual([]);

	// The dashboard: a year chosen there is drawn by the image of the view, in place of the picture.
	await page.goto('/statistikk?ar=2016');
	const slider = page.getByRole('slider', { name: /År/ });
	await slider.focus();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\?ar=2017$/);
	const picture = page.locator('.map-picture');
	await expect(picture).toHaveAttribute('src', /kart\.svg\?ar=2017&ramme=nei$/);
	await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
	await expect(picture).toHaveAccessibleName(/^Kart over Hele landet, 2017/);

	// After a navigation in the browser there is no picture in the page: the image stands in.
	await page.goto('/');
	await page.getByRole('link', { name: 'Fremdrift', exact: true }).click();
	await expect(page).toHaveURL(/\/statistikk$/);
	await page.locator('.map-picture').scrollIntoViewIfNeeded();
	await expect(page.locator('.map-picture')).toHaveAttribute('src', /kart\.svg\?ramme=nei$/);
});

test('the arrangements whose phase changes next year are those of public.phase_changes, also this year', async ({
	page
}) => {
	const t = await timeline(page);
	const thisYear = t.phase_changes.filter((c) => c.year === t.to_year);
	expect(thisYear.length).toBeGreaterThan(0);
	await page.goto('/statistikk');
	await expect(
		page.getByRole('heading', { name: `Ordninger som skifter finansieringsfase i ${t.to_year + 1}` })
	).toBeVisible();
	const names = await page.locator('table.changes tbody th').allTextContents();
	expect(names.sort()).toEqual(thisYear.map((c) => c.name).sort());
});

test('printing shows the map picture and the tables, not the controls', async ({ page }) => {
	await page.goto('/statistikk?ar=2020');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('form.controls')).toBeHidden();
	await expect(page.locator('.exports')).toBeHidden();
	await expect(page.locator('.map-picture')).toBeVisible();
	await expect(page.locator('table.counties')).toBeVisible();
});

test('axe finds no violations on the embed view', async ({ page }) => {
	await page.goto('/embed/kart?lag=finansiering');
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('a year chosen before the page’s scripts have run goes into the URL once they have', async ({
	page
}) => {
	const release = await holdScripts(page);
	await page.goto('/statistikk?ar=2014', { waitUntil: 'domcontentloaded' });
	const slider = page.getByRole('slider', { name: /År/ });
	await slider.focus();
	for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveValue('2018');
	release();
	await expect(page).toHaveURL(/\?ar=2018$/);
	await expect(slider).toHaveValue('2018');
});
