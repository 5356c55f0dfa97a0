// npm run bench: runs the benchmarks and writes bench/reports/latest.md and latest.json. A benchmark, not a
// test: figures on a shared machine vary; the targets are checked here and reported, never asserted in tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { benchSearch } from './search.ts';
import { meetsTarget, type Measurement } from './stats.ts';

const results: Measurement[] = [benchSearch()];

const fmt = (n: number) => (n < 10 ? n.toFixed(3) : n.toFixed(1));
const lines = [
	'# Koordinatorkart benchmark report',
	'',
	`Run ${new Date().toISOString()} on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
	'',
	'| measurement | samples | median | p95 | max | target | met |',
	'| --- | ---: | ---: | ---: | ---: | --- | --- |',
	...results.map((r) => {
		const target = r.target?.median !== undefined ? `median ≤ ${r.target.median} ${r.unit}` : '–';
		const met = meetsTarget(r);
		return `| ${r.name} | ${r.samples} | ${fmt(r.median)} ${r.unit} | ${fmt(r.p95)} ${r.unit} | ${fmt(r.max)} ${r.unit} | ${target} | ${met === null ? '–' : met ? 'yes' : '**no**'} |`;
	}),
	'',
	...results.filter((r) => r.notes).map((r) => `- ${r.name}: ${r.notes}`),
	''
];
mkdirSync('bench/reports', { recursive: true });
writeFileSync('bench/reports/latest.md', lines.join('\n'));
writeFileSync(
	'bench/reports/latest.json',
	JSON.stringify({ at: new Date().toISOString(), results }, null, 2)
);
console.log(lines.join('\n'));
console.log('Written to bench/reports/latest.md and latest.json');
