// The production server on loopback under load (autocannon, 100 connections, a bounded time per target),
// with the server's resident memory sampled throughout. Production shape: the app server reads through its
// Supabase transport from a separate PostgREST process (the stand-in in scripts/testing, running the same
// SQL in PGlite). The embedded default (PGlite inside the app process) is measured too, for memory.
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import type { ReportRow } from './report.ts';
import { RSS_CAP_MB, rssMb, startApp, stop, waitFor } from './process.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4181);
const POSTGREST_PORT = PORT + 1;
const BASE = `http://127.0.0.1:${PORT}`;

// Browsers accept compressed responses; so does the load.
function load(path: string, seconds: number) {
	return autocannon({
		url: BASE + path,
		connections: 100,
		duration: seconds,
		headers: { 'accept-encoding': 'gzip, deflate, br' }
	});
}

/** Peak RSS of the app with the embedded database, after start-up and a short load. */
async function embeddedMemory(seconds: number): Promise<number> {
	const app = startApp(PORT, { KOORDINATORKART_PGLITE_DIR: 'memory://' });
	let peak = 0;
	const sampler = setInterval(() => app.pid && (peak = Math.max(peak, rssMb(app.pid))), 200);
	try {
		await waitFor(`${BASE}/api/oversikt.json`, 60_000);
		await load('/kommune/4627-askoy', seconds);
		return peak;
	} finally {
		clearInterval(sampler);
		await stop(app);
	}
}

export async function benchServer(seconds = 10): Promise<ReportRow[]> {
	const postgrest = spawn(
		process.execPath,
		['--import', 'tsx', 'scripts/testing/fake-postgrest.ts', String(POSTGREST_PORT)],
		{ stdio: ['ignore', 'ignore', 'inherit'] }
	);
	await waitFor(`http://127.0.0.1:${POSTGREST_PORT}/rest/v1/rpc/data_version`, 90_000, { method: 'POST' });
	const server = startApp(PORT, {
		PUBLIC_SUPABASE_URL: `http://127.0.0.1:${POSTGREST_PORT}`,
		PUBLIC_SUPABASE_ANON_KEY: 'bench-anon-key'
	});
	let peakRss = 0;
	const sampler = setInterval(() => {
		if (server.pid) peakRss = Math.max(peakRss, rssMb(server.pid));
	}, 200);
	try {
		await waitFor(`${BASE}/api/oversikt.json`, 90_000);
		await load('/kommune/4627-askoy', 2);
		await load('/api/oversikt.json', 2);
		const rows: ReportRow[] = [];
		for (const [label, path, minRps, maxP99] of [
			['Snapshot endpoint /api/oversikt.json', '/api/oversikt.json', 3000, 30],
			['Municipality page /kommune/4627-askoy', '/kommune/4627-askoy', 500, undefined]
		] as const) {
			const result = await load(path, seconds);
			const errors = result.errors + result.timeouts + result.non2xx;
			rows.push(
				{
					name: `${label}: requests per second`,
					value: result.requests.average,
					unit: 'req/s',
					target: `≥ ${minRps}`,
					met: result.requests.average >= minRps
				},
				{ name: `${label}: latency p50`, value: result.latency.p50, unit: 'ms' },
				{
					name: `${label}: latency p99`,
					value: result.latency.p99,
					unit: 'ms',
					target: maxP99 === undefined ? undefined : `≤ ${maxP99} ms`,
					met: maxP99 === undefined ? undefined : result.latency.p99 <= maxP99
				},
				{ name: `${label}: errors`, value: errors, unit: '', target: '0', met: errors === 0 }
			);
		}
		clearInterval(sampler);
		rows.push({
			name: 'App server memory, peak RSS during the runs (Supabase transport)',
			value: peakRss,
			unit: 'MB',
			target: `≤ ${RSS_CAP_MB} MB`,
			met: peakRss <= RSS_CAP_MB
		});
		await stop(server);
		await stop(postgrest);
		rows.push({
			name: 'App server memory with the embedded PGlite database inside (peak RSS)',
			value: await embeddedMemory(5),
			unit: 'MB'
		});
		return rows;
	} finally {
		clearInterval(sampler);
		await stop(server);
		await stop(postgrest);
	}
}
