// The production server finds its data (migrations, seeds, geometry, reference data) relative to the build,
// not the working directory: started as `node /path/to/server.js` from another folder it serves the pages
// as it does from the repository.
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PORT = Number(process.env.START_ELSEWHERE_PORT ?? 4421);
const BASE = `http://127.0.0.1:${PORT}`;
let app: ChildProcess | undefined;
let elsewhere: string;

test.beforeAll(async () => {
	test.setTimeout(300_000);
	elsewhere = mkdtempSync(join(tmpdir(), 'koordinatorkart-elsewhere-'));
	app = spawn(process.execPath, [resolve('server.js')], {
		cwd: elsewhere,
		env: {
			...process.env,
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: BASE,
			KOORDINATORKART_PGLITE_DIR: 'memory://',
			KOORDINATORKART_ROOT: ''
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const deadline = Date.now() + 280_000;
	for (;;) {
		const ok = await fetch(`${BASE}/api/oversikt.json`)
			.then((r) => r.ok)
			.catch(() => false);
		if (ok) break;
		if (Date.now() > deadline || app.exitCode !== null) throw new Error('the server did not start elsewhere');
		await new Promise((r) => setTimeout(r, 500));
	}
});

test.afterAll(() => {
	app?.kill('SIGTERM');
	rmSync(elsewhere, { recursive: true, force: true });
});

test('started from another folder, the server reads its data and serves the map, a municipality and the API', async () => {
	const snapshot = (await (await fetch(`${BASE}/api/oversikt.json`)).json()) as { municipalities: unknown[] };
	expect(snapshot.municipalities).toHaveLength(357);
	const front = await fetch(`${BASE}/`);
	expect(front.status).toBe(200);
	// The server-rendered map needs the geometry from the data build.
	expect(await front.text()).toMatch(/<svg[^>]*>[\s\S]*<path/);
	const askoy = await fetch(`${BASE}/kommune/4627`, { redirect: 'follow' });
	expect(askoy.status).toBe(200);
	expect(await askoy.text()).toContain('Askøy');
});
