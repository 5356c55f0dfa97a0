// Share cards (/kommune/…/deling.png, /statistikk/deling.png?…) against the production build with `npm start`'s
// memory caps: the time to answer a card drawn for the first time (SVG made, resvg on the thread pool, PNG
// stored) and one already drawn, and how long a page waits meanwhile (the drawing must not hold up the
// server). Each cold card is a different view, so no cache helps it. The server runs on the embedded database in
// memory: what is measured is the card, not the data transport.
import type { ReportRow } from './report.ts';
import { peakRssMb, rssMb, startApp, stop, waitFor } from './process.ts';
import { summarize } from './stats.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4181) + 8;
const MUNICIPALITIES = ['0301', '4601', '5001', '1103', '3201', '1806', '5501', '4627', '3907', '1508'];
const VIEWS = [
	'',
	'?ar=2013',
	'?ar=2015&lag=finansiering',
	'?ar=2018&fylke=46',
	'?ar=2020&fylke=18&lag=finansiering',
	'?ar=2016&status=egen,delt',
	'?fylke=03',
	'?ar=2022&fylke=56&fase=75,60'
];

async function timed(url: string): Promise<number> {
	const start = performance.now();
	const response = await fetch(url);
	await response.arrayBuffer();
	if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
	return performance.now() - start;
}

export async function benchCards(): Promise<ReportRow[]> {
	const app = startApp(PORT, { KOORDINATORKART_PGLITE_DIR: 'memory://' });
	const base = `http://127.0.0.1:${PORT}`;
	try {
		await waitFor(`${base}/statistikk`, 180_000);
		await timed(`${base}/liste`);
		// One card of each kind first: reading the geometry and the fonts happens once per process, not per card.
		await timed(`${base}/kommune/4601/deling.png?oppvarming`);
		await timed(`${base}/statistikk/deling.png?ar=2012`);
		const rssBefore = app.pid ? rssMb(app.pid) : NaN;
		const urls = [
			...MUNICIPALITIES.map((k) => `${base}/kommune/${k}/deling.png`),
			...VIEWS.map((query) => `${base}/statistikk/deling.png${query}`)
		];
		// A page asked for every 50 ms while the cold cards are drawn: its slowest answer.
		const pageTimes: number[] = [];
		let drawing = true;
		const pinging = (async () => {
			while (drawing) {
				pageTimes.push(await timed(`${base}/liste?fylke=46`));
				await new Promise((r) => setTimeout(r, 50));
			}
		})();
		const cold: number[] = [];
		for (const url of urls) cold.push(await timed(url));
		drawing = false;
		await pinging;
		const cached: number[] = [];
		for (let round = 0; round < 5; round++) for (const url of urls) cached.push(await timed(url));
		const c = summarize(cold);
		const w = summarize(cached);
		const p = summarize(pageTimes);
		return [
			{
				name: `Share card, first drawing (${cold.length} cards): median`,
				value: c.median,
				unit: 'ms',
				target: '≤ 1000 ms',
				met: c.median <= 1000
			},
			{ name: 'Share card, first drawing: p95', value: c.p95, unit: 'ms' },
			{
				name: 'Share card, already drawn: median',
				value: w.median,
				unit: 'ms',
				target: '≤ 20 ms',
				met: w.median <= 20
			},
			{
				name: 'Page answer while cards are drawn: slowest',
				value: p.max,
				unit: 'ms',
				target: '≤ 500 ms',
				met: p.max <= 500
			},
			// The embedded database (PGlite) runs inside this process, so the RSS counts it too.
			{ name: 'Share cards: app server RSS before the cold cards', value: rssBefore, unit: 'MB' },
			{ name: 'Share cards: app server peak RSS', value: app.pid ? peakRssMb(app.pid) : NaN, unit: 'MB' }
		];
	} finally {
		await stop(app);
	}
}
