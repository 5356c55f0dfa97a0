// The production server on loopback under load (autocannon, 100 connections, a bounded time per target),
// with the server's resident memory sampled throughout. Production shape: the app server reads through its
// Supabase transport from a separate PostgREST process (the stand-in in scripts/testing, running the same
// SQL in PGlite). The embedded default (PGlite inside the app process) is measured too, for memory.
// Beside each target, in the same run: the same app without server.js's fast path (adapter-node's own server,
// build/index.js: every cache hit through SvelteKit's handle) as the baseline, and the floor: the very bytes
// and headers the app sent, written by a bare Node http server. On a shared machine the absolute figures move
// with the load; the ratios to these two say what the app itself costs. Each is measured in short rounds taken
// in turn, medians reported.
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import type { ReportRow } from './report.ts';
import { RSS_CAP_MB, rssMb, startApp, stop, waitFor } from './process.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4181);
const POSTGREST_PORT = PORT + 1;
const BASE = `http://127.0.0.1:${PORT}`;
const SVELTEKIT_PORT = PORT + 2;
const FLOOR_PORT = PORT + 3;
const ACCEPT_ENCODING = 'gzip, deflate, br';

// Browsers accept compressed responses; so does the load.
function load(path: string, seconds: number, base = BASE) {
	return autocannon({
		url: base + path,
		connections: 100,
		duration: seconds,
		headers: { 'accept-encoding': ACCEPT_ENCODING }
	});
}

/** The floor for a path: its bytes from a bare Node server in a process of its own (floor-server.ts). */
async function floorServer(path: string) {
	const child = spawn(
		process.execPath,
		['--import', 'tsx', 'scripts/bench/floor-server.ts', BASE + path, String(FLOOR_PORT)],
		{ stdio: ['ignore', 'pipe', 'inherit'] }
	);
	await new Promise<void>((ready, fail) => {
		child.stdout.once('data', () => ready());
		child.once('exit', (code) => fail(new Error(`the floor server stopped (${code})`)));
	});
	return { base: `http://127.0.0.1:${FLOOR_PORT}`, close: () => stop(child) };
}

/** What one load run says, or the rounds together (mean rate, median latencies, all errors). */
interface Figures {
	requests: { average: number };
	latency: { p50: number; p99: number };
	errors: number;
}

const ROUNDS = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Each server in turn, a few short rounds each, rather than one long run after another: the load other work
 * puts on a shared machine changes by the minute, and all three then see the same.
 */
async function interleaved<K extends string>(
	path: string,
	seconds: number,
	bases: Record<K, string>
): Promise<Record<K, Figures>> {
	const runs = Object.fromEntries(Object.keys(bases).map((key) => [key, []])) as unknown as Record<
		K,
		autocannon.Result[]
	>;
	for (let round = 0; round < ROUNDS; round++)
		for (const key of Object.keys(bases) as K[])
			runs[key].push(await load(path, Math.ceil(seconds / ROUNDS), bases[key]));
	return Object.fromEntries(
		(Object.entries(runs) as [K, autocannon.Result[]][]).map(([key, results]) => [
			key,
			{
				requests: { average: results.reduce((sum, r) => sum + r.requests.average, 0) / results.length },
				latency: {
					p50: median(results.map((r) => r.latency.p50)),
					p99: median(results.map((r) => r.latency.p99))
				},
				errors: results.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0)
			}
		])
	) as Record<K, Figures>;
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
	// The baseline: the same build and data without the fast path.
	const sveltekit = startApp(
		SVELTEKIT_PORT,
		{ PUBLIC_SUPABASE_URL: `http://127.0.0.1:${POSTGREST_PORT}`, PUBLIC_SUPABASE_ANON_KEY: 'bench-anon-key' },
		'inherit',
		'build/index.js'
	);
	const sveltekitBase = `http://127.0.0.1:${SVELTEKIT_PORT}`;
	let peakRss = 0;
	const sampler = setInterval(() => {
		if (server.pid) peakRss = Math.max(peakRss, rssMb(server.pid));
	}, 200);
	try {
		await waitFor(`${BASE}/api/oversikt.json`, 90_000);
		await waitFor(`${sveltekitBase}/api/oversikt.json`, 90_000);
		for (const base of [BASE, sveltekitBase]) {
			await load('/kommune/4627-askoy', 2, base);
			await load('/api/oversikt.json', 2, base);
		}
		const rows: ReportRow[] = [];
		for (const [label, path, minRps, maxP99] of [
			['Snapshot endpoint /api/oversikt.json', '/api/oversikt.json', 3000, 30],
			['Municipality page /kommune/4627-askoy', '/kommune/4627-askoy', 500, undefined]
		] as const) {
			const floor = await floorServer(path);
			let measured: Record<'floor' | 'withoutFastPath' | 'app', Figures>;
			try {
				measured = await interleaved(path, seconds, {
					floor: floor.base,
					withoutFastPath: sveltekitBase,
					app: BASE
				});
			} finally {
				await floor.close();
			}
			const { floor: floorResult, withoutFastPath, app: result } = measured;
			const errors = result.errors;
			rows.push(
				{
					name: `${label}: requests per second (baseline: without the fast path)`,
					value: result.requests.average,
					unit: 'req/s',
					target: `≥ ${minRps}`,
					met: result.requests.average >= minRps,
					baseline: withoutFastPath.requests.average
				},
				{
					name: `${label}: latency p50`,
					value: result.latency.p50,
					unit: 'ms',
					baseline: withoutFastPath.latency.p50
				},
				{
					name: `${label}: latency p99`,
					value: result.latency.p99,
					unit: 'ms',
					target: maxP99 === undefined ? undefined : `≤ ${maxP99} ms`,
					met: maxP99 === undefined ? undefined : result.latency.p99 <= maxP99,
					baseline: withoutFastPath.latency.p99
				},
				{
					name: `${label}: the floor, its bytes from a bare Node server: latency p99 (baseline: the app)`,
					value: floorResult.latency.p99,
					unit: 'ms',
					baseline: result.latency.p99
				},
				{
					name: `${label}: the floor: requests per second (baseline: the app)`,
					value: floorResult.requests.average,
					unit: 'req/s',
					baseline: result.requests.average
				},
				{ name: `${label}: errors`, value: errors, unit: '', target: '0', met: errors === 0 }
			);
		}
		clearInterval(sampler);
		await stop(sveltekit);
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
		await stop(sveltekit);
		await stop(postgrest);
	}
}
