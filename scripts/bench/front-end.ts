// The front-end part of the report: the map in a browser and Lighthouse, against the baseline page.
import { benchMap } from './map.ts';
import { startBaseline } from './baseline.ts';
import { runLighthouse } from './lighthouse.ts';
import { LIGHTHOUSE_PAGES, lighthouseRows } from './lighthouse-pages.ts';
import { startApp, stop, waitFor } from './process.ts';
import { summarize } from './stats.ts';
import type { ReportRow } from './report.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4181) + 2;
const BASELINE_PORT = PORT + 1;
const KB = 1024;

/** The map in a browser and, unless `lighthouse` is false (BENCH_ONLY=map), Lighthouse. */
export async function benchFrontEnd({ lighthouse: withLighthouse = true } = {}): Promise<{
	rows: ReportRow[];
	notes: string[];
}> {
	// The app on its embedded database: the browser measurements do not depend on the transport.
	const app = startApp(PORT, { KOORDINATORKART_PGLITE_DIR: 'memory://' });
	const appUrl = `http://127.0.0.1:${PORT}/`;
	try {
		await waitFor(`${appUrl}api/oversikt.json`, 90_000);
		const snapshot = (await (await fetch(`${appUrl}api/oversikt.json`)).json()) as {
			municipalities: { kommunenummer: string; status: string }[];
		};
		const baseline = await startBaseline(
			BASELINE_PORT,
			new Map(snapshot.municipalities.map((mu) => [mu.kommunenummer, mu.status]))
		);
		try {
			const map = await benchMap(appUrl, baseline.url);
			const lighthouse = withLighthouse
				? await runLighthouse([...LIGHTHOUSE_PAGES.map(({ path }) => appUrl + path), baseline.url])
				: [];
			const plain = lighthouse.pop();
			const pages = plain ? lighthouseRows(lighthouse, plain) : { rows: [], notes: [] };
			const clicks = summarize(map.app.clicks.map((c) => c.panelMs));
			const baselineClicks = summarize(map.baseline.clicks.map((c) => c.panelMs));
			const details = summarize(map.app.clicks.map((c) => c.detailsMs));
			const contacts = summarize(map.app.clicks.map((c) => c.contactsMs).filter((ms) => !Number.isNaN(ms)));
			const rows: ReportRow[] = [
				{
					name: 'First view transfer, without MapLibre (compressed)',
					value: map.app.firstViewBytes / KB,
					unit: 'KB',
					target: '≤ 150 KB',
					met: map.app.firstViewBytes / KB <= 150,
					baseline: map.baseline.firstViewBytes / KB
				},
				{
					name: 'Interactive map transfer, loaded after first paint',
					value: map.app.mapBytes / KB,
					unit: 'KB'
				},
				{
					name: 'Time to first map paint (app: SVG in the HTML)',
					value: map.app.firstMapPaintMs,
					unit: 'ms',
					baseline: map.baseline.firstMapPaintMs
				},
				{
					name: 'Time to MapLibre idle',
					value: map.app.mapIdleMs,
					unit: 'ms',
					baseline: map.baseline.mapIdleMs
				},
				{
					name: `Click to panel, median of ${clicks.samples}`,
					value: clicks.median,
					unit: 'ms',
					target: '≤ 100 ms',
					met: clicks.median <= 100,
					baseline: baselineClicks.median
				},
				{
					name: 'Click to panel, slowest',
					value: clicks.max,
					unit: 'ms',
					target: '≤ 100 ms',
					met: clicks.max <= 100,
					baseline: baselineClicks.max
				},
				{
					name: `Click to contacts visible (coordinator's phone), median`,
					value: contacts.median,
					unit: 'ms',
					target: '≤ 50 ms',
					met: contacts.median <= 50,
					baseline: baselineClicks.median
				},
				{
					name: 'Click to panel with details (contacts fetched), median',
					value: details.median,
					unit: 'ms',
					baseline: baselineClicks.median
				},
				{ name: 'Click to panel with details, slowest', value: details.max, unit: 'ms' }
			];
			const restyle = summarize(map.years.restyleMs);
			const frame = summarize(map.years.frameMs);
			rows.push(
				{
					name: `Dashboard year step: restyle of all 357 areas, median of ${restyle.samples}`,
					value: restyle.median,
					unit: 'ms',
					target: '≤ 16 ms',
					met: restyle.median <= 16
				},
				{ name: 'Dashboard year step: restyle, slowest', value: restyle.max, unit: 'ms' },
				{
					name: 'Dashboard year step: to the next frame drawn (software WebGL), median',
					value: frame.median,
					unit: 'ms'
				}
			);
			rows.push(...pages.rows);
			const notes = [
				'- Map: Debian Chromium via Playwright on loopback without throttling, 1280×900, a fresh cache per page. ' +
					'Baseline: a plain page that loads the whole municipality boundary file as one GeoJSON source into MapLibre ' +
					'(gzip-served), clicks show a popup from feature properties. Ratios are app ÷ baseline.',
				'- Click to panel: pointer down on the canvas until the panel names the clicked municipality with its status ' +
					'(from the map data), and until its details, fetched from the server, are in. The baseline popup only has ' +
					`the feature's properties. App samples (panel/contacts/details): ${map.app.clicks.map((c) => `${c.panelMs.toFixed(0)}/${c.contactsMs.toFixed(0)}/${c.detailsMs.toFixed(0)}`).join(', ')} ms.`,
				'- Time to MapLibre idle: the pointer moves over the map when the page has loaded; without that the app ' +
					'starts MapLibre once the page has been quiet for 5 s, and the SVG map serves until then.',
				`- First view, by request (compressed, with headers): ${map.app.firstViewRequests
					.map(({ path, bytes }) => `${path} ${(bytes / KB).toFixed(1)}`)
					.join(', ')} KB.`,
				...pages.notes
			];
			return { rows, notes };
		} finally {
			await baseline.close();
		}
	} finally {
		await stop(app);
	}
}
