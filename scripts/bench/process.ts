// Starting and stopping the production server for the benchmarks, and reading its memory.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export function rssMb(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

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

/** The production build (`server.js`) with the same Node options as `npm start`. */
export function startApp(port: number, env: Record<string, string>): ChildProcess {
	return spawn(process.execPath, ['--max-old-space-size=160', '--max-semi-space-size=16', 'server.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', ...env },
		stdio: ['ignore', 'ignore', 'inherit']
	});
}

export async function stop(child: ChildProcess) {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((r) => child.once('exit', r));
	child.kill('SIGTERM');
	await exited;
}
