// The production server on loopback under load (autocannon, 100 connections, a bounded time per target),
// with the server's resident memory sampled throughout. Production shape: the app server reads through its
// Supabase transport from a separate PostgREST process (the stand-in in scripts/testing, running the same
// SQL in PGlite). The embedded default (PGlite inside the app process) is measured too, for memory.
// Beside each target, in the same run: the same app without server.js's fast path (adapter-node's own server,
// build/index.js: every cache hit through SvelteKit's handle) as the baseline, and the floor: the very bytes
// and headers the app sent, written by a bare Node http server. On a shared machine the absolute figures move
// with the load; the ratios to these two say what the app itself costs.
import { spawn } from 'node:child_process';
import { createServer, get } from 'node:http';
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

/** A bare Node http server answering every request with what the app answered for the path (the floor). */
async function floorServer(path: string) {
	// The encoded bytes and the headers as the app sent them (fetch would decode the body).
	const sent = await new Promise<{ headers: Record<string, string>; body: Buffer }>((done, fail) => {
		get(BASE + path, { headers: { 'accept-encoding': ACCEPT_ENCODING } }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => {
				const headers: Record<string, string> = {};
				for (const [name, value] of Object.entries(response.headers))
					if (typeof value === 'string' && !['date', 'connection', 'keep-alive'].includes(name))
						headers[name] = value;
				done({ headers, body: Buffer.concat(chunks) });
			});
		}).on('error', fail);
	});
	const server = createServer((_, response) => {
		response.writeHead(200, sent.headers);
		response.end(sent.body);
	});
	await new Promise<void>((listening) => server.listen(FLOOR_PORT, '127.0.0.1', listening));
	return {
		base: `http://127.0.0.1:${FLOOR_PORT}`,
		close: () => new Promise<void>((closed) => server.close(() => closed()))
	};
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
			const floorResult = await load(path, seconds, floor.base).finally(floor.close);
			const withoutFastPath = await load(path, seconds, sveltekitBase);
			const result = await load(path, seconds);
			const errors = result.errors + result.timeouts + result.non2xx;
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
