// Starting and stopping the production server for the benchmarks, and reading its memory.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export function rssMb(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** The most memory the process has held (VmHWM), in MB. */
export function peakRssMb(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/**
 * The production server's memory budget (resident, in MB) with the Supabase transport: the heap cap of
 * `npm start` (package.json) plus what Node needs outside the heap (code, buffers, compressed cache copies).
 */
export const RSS_CAP_MB = 250;

export async function waitFor(url: string, timeoutMs: number, init?: RequestInit) {
	const start = Date.now();
	while (Date.now() - start < timeoutMs) {
		try {
			if ((await fetch(url, init)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** The Node options of `npm start` (package.json), read from there so that the two never differ. */
export function startOptions(): string[] {
	const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } };
	return scripts.start
		.split(/\s+/)
		.slice(1)
		.filter((part) => part !== 'server.js');
}

/** The heap cap of `npm start` in MB (--max-old-space-size). */
export function heapCapMb(): number {
	return Number(/--max-old-space-size=(\d+)/.exec(startOptions().join(' '))?.[1] ?? NaN);
}

/**
 * The production build (`server.js`) with the same Node options as `npm start`, at its own ORIGIN. With
 * entry `build/index.js`: adapter-node's own server, the same app without server.js's fast path.
 */
export function startApp(
	port: number,
	env: Record<string, string>,
	stdio: 'ignore' | 'inherit' | 'pipe' = 'inherit',
	entry: 'server.js' | 'build/index.js' = 'server.js'
): ChildProcess {
	return spawn(process.execPath, [...startOptions(), entry], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			NODE_ENV: 'production',
			ORIGIN: `http://127.0.0.1:${port}`,
			...env
		},
		stdio: ['ignore', 'ignore', stdio]
	});
}

export async function stop(child: ChildProcess) {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((r) => child.once('exit', r));
	child.kill('SIGTERM');
	await exited;
}
