// npm run bench: runs the benchmarks and writes bench/reports/latest.md and latest.json. A benchmark, not a
// test: figures on a shared machine vary; the targets are compared here and reported, never asserted in tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { benchSearch } from './search.ts';
import { benchServer } from './server.ts';
import { meetsTarget } from './stats.ts';
import { reportTable, type ReportRow } from './report.ts';
import { benchFrontEnd } from './front-end.ts';
import { benchLighthouse } from './lighthouse-pages.ts';
import { benchDevStart } from './dev-start.ts';
import { benchHostile } from './hostile.ts';
import { benchCards } from './cards.ts';
import { benchDetail } from './detail.ts';

// BENCH_ONLY=server|hostile|cards|detail|front-end|map|lighthouse|search|dev-start runs one part (for working on it); the report is written either way.
const only = process.env.BENCH_ONLY;
const wants = (part: string) => !only || only === part;

const search = benchSearch();
const rows: ReportRow[] = [];
if (wants('search'))
	rows.push(
		{
			name: `${search.name}: median`,
			value: search.median,
			unit: search.unit,
			target: `≤ ${search.target?.median} ms`,
			met: meetsTarget(search) ?? undefined
		},
		{ name: `${search.name}: p95`, value: search.p95, unit: search.unit }
	);
if (wants('server')) rows.push(...(await benchServer()));
if (wants('dev-start')) rows.push(...(await benchDevStart()));
if (wants('hostile')) rows.push(...(await benchHostile()));
if (wants('cards')) rows.push(...(await benchCards()));
if (wants('detail')) rows.push(...(await benchDetail()));
// The front-end part is the map in a browser (BENCH_ONLY=map) and Lighthouse (BENCH_ONLY=lighthouse).
const frontEnd = wants('front-end')
	? await benchFrontEnd()
	: only === 'map'
		? await benchFrontEnd({ lighthouse: false })
		: only === 'lighthouse'
			? await benchLighthouse()
			: { rows: [], notes: [] };
rows.push(...frontEnd.rows);

const lines = [
	'# Koordinatorkart benchmark report',
	'',
	`Run ${new Date().toISOString()} on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
	'Load: autocannon on loopback, 100 connections accepting gzip, 10 s per target after a 2 s warm-up; the production build reading',
	'through its Supabase transport from a separate PostgREST stand-in (same SQL, PGlite), as in production.',
	'',
	...reportTable(rows),
	'',
	`- Search: ${search.notes}`,
	...frontEnd.notes,
	''
];
mkdirSync('bench/reports', { recursive: true });
writeFileSync('bench/reports/latest.md', lines.join('\n'));
writeFileSync('bench/reports/latest.json', JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
console.log(lines.join('\n'));
console.log('Written to bench/reports/latest.md and latest.json');
