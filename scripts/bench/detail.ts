// The map's levels of detail (src/lib/map/detail-levels.ts): bytes of each level as built (raw, gzip, brotli),
// and in Debian's Chromium the time from a zoom into a county to the map drawn with that county's finer
// geometry; beside the baseline page (the whole boundary file at once: its bytes, and its time to draw
// after the same zoom).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { startBaseline } from './baseline.ts';
import { startApp, stop, waitFor } from './process.ts';
import { summarize } from './stats.ts';
import type { ReportRow } from './report.ts';
import { DATA_DIR, DATA_FILES } from '../data/outputs.ts';
import { readSourceText, resolveSource } from '../data/source.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4181) + 4;
const KB = 1024;

/** A place in each of eight counties: zooming there needs that county's file. */
const PLACES: [[number, number], string][] = [
	[[10.74, 59.913], '03'], // Oslo
	[[5.33, 60.39], '46'], // Bergen
	[[10.39, 63.43], '50'], // Trondheim
	[[18.95, 69.65], '55'], // Tromsø
	[[14.4, 67.28], '18'], // Bodø
	[[8.0, 58.15], '42'], // Kristiansand
	[[11.07, 60.79], '34'], // Hamar
	[[23.27, 69.97], '56'] // Alta
];

const sizes = (text: string | Buffer) => ({
	raw: text.length / KB,
	gzip: gzipSync(text).length / KB,
	brotli: brotliCompressSync(text).length / KB
});

function byteRows(): ReportRow[] {
	const national = sizes(readFileSync(join(DATA_DIR, DATA_FILES.detailNational)));
	const countyFiles = readdirSync(join(DATA_DIR, 'web/detail')).filter((f) => f.startsWith('county-'));
	const counties = countyFiles.map((f) => sizes(readFileSync(join(DATA_DIR, 'web/detail', f))));
	const total = (key: keyof typeof national) => counties.reduce((sum, c) => sum + c[key], 0);
	const largest = (key: keyof typeof national) => Math.max(...counties.map((c) => c[key]));
	const median = (key: keyof typeof national) => summarize(counties.map((c) => c[key])).median;
	return [
		{
			name: 'Map geometry, national level: gzip',
			value: national.gzip,
			unit: 'KB',
			target: '≤ 80.6 KB (the one file before)',
			met: national.gzip <= 80.6
		},
		{ name: 'Map geometry, national level: raw', value: national.raw, unit: 'KB' },
		{ name: 'Map geometry, national level: brotli', value: national.brotli, unit: 'KB' },
		{
			name: `Map geometry, county level (${counties.length} files): gzip, median file`,
			value: median('gzip'),
			unit: 'KB'
		},
		{ name: 'Map geometry, county level: gzip, largest file (Nordland)', value: largest('gzip'), unit: 'KB' },
		{ name: 'Map geometry, county level: brotli, median file', value: median('brotli'), unit: 'KB' },
		{ name: 'Map geometry, county level: brotli, largest file', value: largest('brotli'), unit: 'KB' },
		{ name: 'Map geometry, county level: raw, median file', value: median('raw'), unit: 'KB' },
		{ name: 'Map geometry, county level: raw, all files', value: total('raw'), unit: 'KB' },
		{ name: 'Map geometry, county level: gzip, all files', value: total('gzip'), unit: 'KB' }
	];
}

/** From a zoom to a place until the map has drawn it with the finer geometry (app) or at all (baseline). */
async function zoomTimes(page: Page, app: boolean): Promise<number[]> {
	const times: number[] = [];
	for (const [place, fylkesnummer] of PLACES) {
		times.push(
			await page.evaluate(
				([place, fylkesnummer, app]) =>
					new Promise<number>((resolve) => {
						// (No named functions in here: this runs in the page, where tsx's name helper does not exist.)
						const host = document.querySelector('[data-coverage-map]') as HTMLElement | null;
						const map = app
							? (host as unknown as { coverageMap: import('maplibre-gl').Map }).coverageMap
							: (window as unknown as { __map: import('maplibre-gl').Map }).__map;
						const start = performance.now();
						// A county already loaded with a neighbour (the map loads half a screen around the view)
						// needs no fetch: then the time is to the map drawn.
						if (app && !(host!.dataset.detailCounties ?? '').split(' ').includes(fylkesnummer)) {
							const observer = new MutationObserver(() => {
								if (!(host!.dataset.detailCounties ?? '').split(' ').includes(fylkesnummer)) return;
								observer.disconnect();
								map.once('idle', () => resolve(performance.now() - start));
							});
							observer.observe(host!, { attributes: true, attributeFilter: ['data-detail-counties'] });
						} else map.once('idle', () => resolve(performance.now() - start));
						map.jumpTo({ center: place, zoom: 9 });
					}),
				[place, fylkesnummer, app] as const
			)
		);
	}
	return times;
}

export async function benchDetail(): Promise<ReportRow[]> {
	const rows = byteRows();
	const source = JSON.parse(await readSourceText(resolveSource(), 'municipalityTopology')) as Topology;
	const baselineGeojson = JSON.stringify(
		feature(source, source.objects[Object.keys(source.objects)[0]] as GeometryCollection)
	);
	const baselineBytes = sizes(baselineGeojson);
	rows[0].baseline = baselineBytes.gzip;
	rows[1].baseline = baselineBytes.raw;
	rows[2].baseline = baselineBytes.brotli;

	const app = startApp(PORT, { KOORDINATORKART_PGLITE_DIR: 'memory://' });
	const appUrl = `http://127.0.0.1:${PORT}/`;
	try {
		await waitFor(`${appUrl}api/oversikt.json`, 90_000);
		const snapshot = (await (await fetch(`${appUrl}api/oversikt.json`)).json()) as {
			municipalities: { kommunenummer: string; status: string }[];
		};
		const baseline = await startBaseline(
			PORT + 1,
			new Map(snapshot.municipalities.map((mu) => [mu.kommunenummer, mu.status]))
		);
		const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
		try {
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			const page = await context.newPage();
			await page.goto(appUrl, { waitUntil: 'networkidle' });
			await page.locator('.coverage-map').locator('..').hover();
			await page.waitForSelector('[data-coverage-map][data-ready="true"]', { timeout: 120_000 });
			const appTimes = summarize(await zoomTimes(page, true));
			await page.goto(baseline.url, { waitUntil: 'networkidle' });
			await page.waitForFunction(() => performance.getEntriesByName('baseline:map-idle').length > 0, null, {
				timeout: 120_000
			});
			const baselineTimes = summarize(await zoomTimes(page, false));
			rows.push({
				name: `Time to finer geometry after a zoom to another county (median of ${appTimes.samples}; slowest ${Math.round(appTimes.max)} ms)`,
				value: appTimes.median,
				unit: 'ms',
				baseline: baselineTimes.median
			});
		} finally {
			await browser.close();
			await baseline.close();
		}
	} finally {
		await stop(app);
	}
	return rows;
}

// Alone (tsx scripts/bench/detail.ts): this part's rows only, printed.
if (process.argv[1]?.endsWith('detail.ts')) {
	const { reportTable } = await import('./report.ts');
	console.log(reportTable(await benchDetail()).join('\n'));
}
