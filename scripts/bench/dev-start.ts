// The first page after `npm run dev` on a fresh clone: a new embedded database folder and no Vite dependency
// cache (--force), then the time from the dev server's "ready" to the first answer of `/`. Beside it the
// baseline: the same without the prebuilt database template (every migration and seed run in PGlite).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportRow } from './report.ts';

const PORT = Number(process.env.BENCH_DEV_PORT ?? 4195);

/** Milliseconds from "ready" to the first 200 for `/`. */
async function firstPage(template: boolean): Promise<number> {
	const dataDir = mkdtempSync(join(tmpdir(), 'koordinatorkart-dev-'));
	const vite = spawn(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'dev', '--port', String(PORT), '--strictPort', '--force'],
		{
			env: {
				...process.env,
				KOORDINATORKART_PGLITE_DIR: join(dataDir, 'pglite'),
				KOORDINATORKART_EMBEDDED_TEMPLATE: template ? '1' : '0'
			},
			stdio: ['ignore', 'pipe', 'inherit']
		}
	);
	try {
		await new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error('vite dev did not say ready in 120 s')), 120_000);
			vite.stdout!.on('data', (chunk: Buffer) => {
				if (/ready in/i.test(chunk.toString())) {
					clearTimeout(timer);
					resolve();
				}
			});
			vite.once('exit', (code) => reject(new Error(`vite dev exited (${code})`)));
		});
		const ready = performance.now();
		for (;;) {
			const response = await fetch(`http://127.0.0.1:${PORT}/`).catch(() => null);
			if (response?.ok) return performance.now() - ready;
			if (performance.now() - ready > 180_000) throw new Error('`/` did not answer within 180 s');
			await new Promise((r) => setTimeout(r, 100));
		}
	} finally {
		const exited = new Promise((r) => vite.once('exit', r));
		vite.kill('SIGTERM');
		await exited;
		rmSync(dataDir, { recursive: true, force: true });
	}
}

export async function benchDevStart(): Promise<ReportRow[]> {
	const baseline = await firstPage(false);
	const value = await firstPage(true);
	return [
		{
			name: 'First page after `npm run dev` on a fresh clone (from "ready")',
			value,
			unit: 'ms',
			target: '≤ 5000 ms',
			met: value <= 5000,
			baseline
		}
	];
}
