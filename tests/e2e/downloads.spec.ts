// The dashboard's downloads. The map picture (/statistikk/kart.svg, the SVG and PNG downloads): each county's
// crop is framed to the county with a margin, and every text fits in the picture, measured by the browser
// (getBBox), not by the code that drew it. The CSV files: rounded percentages, a total row, and one population
// year for a year's figures, checked against SSB's input file.
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';

const COUNTIES = ['03', '11', '15', '18', '31', '32', '33', '34', '39', '40', '42', '46', '50', '55', '56'];

interface Measured {
	width: number;
	height: number;
	viewBox: [number, number, number, number];
	county: [number, number, number, number] | null;
	texts: { text: string; x0: number; x1: number; y0: number; y1: number }[];
}

/** The picture's size, the map's viewBox, the box around the county's municipalities and every text's box. */
async function measure(page: Page, url: string, county: string): Promise<Measured> {
	const response = await page.goto(url);
	expect(response?.headers()['content-type']).toContain('image/svg+xml');
	return page.evaluate((county) => {
		const root = document.documentElement as unknown as SVGSVGElement;
		const map = root.querySelector('svg') as SVGSVGElement;
		const vb = map.viewBox.baseVal;
		let box: [number, number, number, number] | null = null;
		for (const path of map.querySelectorAll<SVGPathElement>('path[data-kommunenummer]')) {
			if (!path.dataset.kommunenummer!.startsWith(county)) continue;
			const b = path.getBBox();
			box = box
				? [
						Math.min(box[0], b.x),
						Math.min(box[1], b.y),
						Math.max(box[2], b.x + b.width),
						Math.max(box[3], b.y + b.height)
					]
				: [b.x, b.y, b.x + b.width, b.y + b.height];
		}
		const texts = [...root.querySelectorAll<SVGTextElement>(':scope > text, :scope > g > text')].map((t) => {
			const b = t.getBBox();
			return { text: t.textContent ?? '', x0: b.x, x1: b.x + b.width, y0: b.y, y1: b.y + b.height };
		});
		return {
			width: root.viewBox.baseVal.width,
			height: root.viewBox.baseVal.height,
			viewBox: [vb.x, vb.y, vb.width, vb.height] as [number, number, number, number],
			county: box,
			texts
		};
	}, county);
}

function expectFramed(measured: Measured, label: string) {
	const [vx, vy, vw, vh] = measured.viewBox;
	const box = measured.county;
	expect(box, `${label}: the county's municipalities are drawn`).not.toBeNull();
	const [x0, y0, x1, y1] = box!;
	// Inside the view, with a margin on every side …
	expect(x0, `${label}: left edge`).toBeGreaterThan(vx);
	expect(y0, `${label}: top edge`).toBeGreaterThan(vy);
	expect(x1, `${label}: right edge`).toBeLessThan(vx + vw);
	expect(y1, `${label}: bottom edge`).toBeLessThan(vy + vh);
	// … and filling it: the margin is at most a tenth of the view on each side of the longer dimension.
	const fill = Math.max((x1 - x0) / vw, (y1 - y0) / vh);
	expect(fill, `${label}: share of the view the county fills`).toBeGreaterThan(0.8);
}

function expectTextsFit(measured: Measured, label: string) {
	expect(measured.texts.length).toBeGreaterThan(3);
	for (const t of measured.texts) {
		expect(t.x0, `${label}: «${t.text}» starts inside`).toBeGreaterThanOrEqual(0);
		expect(t.x1, `${label}: «${t.text}» ends inside`).toBeLessThanOrEqual(measured.width);
		expect(t.y1, `${label}: «${t.text}» is above the bottom`).toBeLessThanOrEqual(measured.height);
	}
	// Texts do not overlap each other (a wrapped title pushes the date line down).
	const sorted = [...measured.texts].sort((a, b) => a.y0 - b.y0);
	for (let i = 1; i < sorted.length; i++) {
		const [a, b] = [sorted[i - 1], sorted[i]];
		const sideBySide = a.x1 <= b.x0 || b.x1 <= a.x0;
		if (!sideBySide) expect(b.y0, `${label}: «${b.text}» below «${a.text}»`).toBeGreaterThanOrEqual(a.y1 - 1);
	}
}

test('every county’s map picture is framed to the county, with every text inside the picture', async ({
	page
}) => {
	test.setTimeout(120_000);
	for (const county of COUNTIES) {
		for (const layer of ['', '&lag=finansiering']) {
			const label = `fylke=${county}${layer}`;
			const measured = await measure(page, `/statistikk/kart.svg?fylke=${county}${layer}`, county);
			expectFramed(measured, label);
			expectTextsFit(measured, label);
		}
	}
});

test('the county picture is framed in nynorsk and English too, and the bare map for the page as well', async ({
	page
}) => {
	for (const [url, county] of [
		['/en/statistikk/kart.svg?fylke=56&lag=finansiering', '56'],
		['/nn/statistikk/kart.svg?fylke=46', '46'],
		['/statistikk/kart.svg?fylke=46&ar=2014&ramme=nei', '46']
	] as const) {
		const measured = await measure(page, url, county);
		expectFramed(measured, url);
		if (!url.includes('ramme=nei')) expectTextsFit(measured, url);
	}
});

/** SSB's population per municipality and year, read from the input file itself (not through the app). */
async function ssbPopulation(): Promise<Map<string, Record<string, number>>> {
	const source = process.env.KOORDINATORKART_SOURCE ?? resolvePath('..', 'shared');
	const text = await readFile(resolvePath(source, 'data', 'befolkning_kommuner_2026.csv'), 'utf8');
	const rows = parse(text, { columns: true, bom: true }) as Record<string, string>[];
	return new Map(
		rows.map((row) => [
			row.kommunenummer,
			Object.fromEntries(
				Object.entries(row)
					.filter(([key]) => /^folkemengde_\d{4}$/.test(key))
					.map(([key, value]) => [key.slice(-4), Number(value)])
			)
		])
	);
}

async function downloadCsv(page: Page, button: string): Promise<Record<string, string>[]> {
	// The tables come alive on their own, as the reader nears them (src/lib/island), and the button with them.
	const heading = button.includes('kommunelisten') ? '#municipalities-heading' : '#table-heading';
	await page.locator(heading).scrollIntoViewIfNeeded();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: button }).click();
	const text = await readFile(await (await download).path(), 'utf8');
	return parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
}

test('a year before SSB’s series uses one population year everywhere, named on screen and in both CSV files', async ({
	page
}) => {
	const ssb = await ssbPopulation();
	const firstYear = Math.min(...Object.keys(ssb.get('0301')!).map(Number));
	await page.goto('/statistikk?ar=2014&fylke=03');
	// The rule, on screen: the population year the figures use.
	await expect(page.locator('[data-figure="population"] span')).toContainText(`1. januar ${firstYear}`);
	// The list uses the same year as the headline, not today's population.
	await expect(page.locator('table.municipalities thead')).toContainText(`1.1.${firstYear}`);
	const oslo = page.locator('table.municipalities tr[data-kommunenummer="0301"] td').last();
	const expected = ssb.get('0301')![firstYear];
	await expect(oslo).toHaveText(expected.toLocaleString('nb-NO').replace(/\s/g, '\u00a0'));

	const municipalities = await downloadCsv(page, 'Last ned kommunelisten (CSV)');
	expect(municipalities).toHaveLength(1);
	expect(Number(municipalities[0][`Innbyggere 1.1.${firstYear}`])).toBe(expected);

	await page.goto('/statistikk?ar=2014');
	const counties = await downloadCsv(page, 'Last ned tabellen (CSV)');
	expect(counties).toHaveLength(16);
	const total = counties[counties.length - 1];
	expect(total['Fylke']).toBe('Hele landet');
	const populationColumn = `Befolkning 1.1.${firstYear}`;
	const coveredColumn = `Befolkning dekket 1.1.${firstYear}`;
	const ssbTotal = [...ssb.values()].reduce((sum, years) => sum + years[firstYear], 0);
	expect(Number(total[populationColumn])).toBe(ssbTotal);
	for (const column of ['Kommuner', 'Med koordinator', 'Egen', 'Interkommunal', 'Uten', populationColumn]) {
		const sum = counties.slice(0, -1).reduce((s, row) => s + Number(row[column]), 0);
		expect(sum, `the total row's ${column} is the sum of the counties`).toBe(Number(total[column]));
	}
	for (const row of counties) {
		const shown = row['Befolkning dekket (%)'];
		expect(shown, `${row['Fylke']}: a percentage with at most one decimal`).toMatch(/^\d{1,3}(,\d)?$/);
		const exact = (100 * Number(row[coveredColumn])) / Number(row[populationColumn]);
		expect(Number(shown.replace(',', '.'))).toBeCloseTo(exact, 1);
	}
});
