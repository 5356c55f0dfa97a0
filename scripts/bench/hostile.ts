// The hostile corpus (scripts/testing/hostile-corpus.ts) against the production server with `npm start`'s
// memory caps, in production shape (Supabase transport to the PostgREST and Auth stand-in): requests tried,
// crashes (target 0), 5xx answers and peak memory against the cap. tests/e2e/hostile.spec.ts asserts the same
// in CI; here the figures go into the report.
import type { ReportRow } from './report.ts';
import { peakRssMb, RSS_CAP_MB, startApp, stop, waitFor } from './process.ts';
import { openEmbedded } from '../../src/lib/server/db/embedded.ts';
import { embeddedAccounts } from '../../src/lib/server/auth/embedded-accounts.ts';
import { serveFakePostgrest } from '../testing/fake-postgrest.ts';
import { runCorpus, runCsvBombs, summarise } from '../testing/hostile-corpus.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4181) + 5;
const DB_PORT = PORT + 1;
const ORIGIN = 'https://koordinatorkart.test';
const EDITOR = { email: 'bench-redaktor@example.org', password: 'bench-passord-som-er-langt' };

export async function benchHostile(): Promise<ReportRow[]> {
	const db = await openEmbedded({ dataDir: 'memory://' });
	await embeddedAccounts(db).create({ ...EDITOR, role: 'editor' });
	const postgrest = await serveFakePostgrest(db, DB_PORT);
	const app = startApp(PORT, {
		PUBLIC_SUPABASE_URL: `http://127.0.0.1:${DB_PORT}`,
		PUBLIC_SUPABASE_ANON_KEY: 'bench-anon-key',
		ORIGIN
	});
	let crashes = 0;
	app.on('exit', (code, signal) => {
		if (code !== 0 && signal !== 'SIGTERM') crashes++;
	});
	try {
		await waitFor(`http://127.0.0.1:${PORT}/api/oversikt.json`, 120_000);
		const signIn = await fetch(`http://127.0.0.1:${PORT}/logg-inn?/passord`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: ORIGIN, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams(EDITOR)
		});
		const staffCookie = signIn.headers
			.getSetCookie()
			.find((c) => c.startsWith('kk_session='))
			?.split(';')[0];
		const target = { host: '127.0.0.1', port: PORT, origin: ORIGIN, staffCookie };
		const results = await runCorpus(target);
		const anonymousPeak = app.pid ? peakRssMb(app.pid) : NaN;
		results.push(...(await runCsvBombs(target)));
		const { requests, serverErrors } = summarise(results);
		const peak = app.pid ? peakRssMb(app.pid) : NaN;
		const answersAfter = (await fetch(`http://127.0.0.1:${PORT}/`).catch(() => null))?.status === 200;
		return [
			{ name: 'Hostile corpus: requests tried', value: requests, unit: '' },
			{ name: 'Hostile corpus: server crashes', value: crashes, unit: '', target: '0', met: crashes === 0 },
			{
				name: 'Hostile corpus: 5xx answers',
				value: serverErrors.length,
				unit: '',
				target: '0',
				met: serverErrors.length === 0
			},
			{
				name: 'Hostile corpus: app server peak RSS, anonymous requests',
				value: anonymousPeak,
				unit: 'MB',
				target: `≤ ${RSS_CAP_MB} MB`,
				met: anonymousPeak <= RSS_CAP_MB
			},
			{
				name: 'Hostile corpus: app server peak RSS, with staff CSV bombs',
				value: peak,
				unit: 'MB',
				target: `≤ ${RSS_CAP_MB} MB`,
				met: peak <= RSS_CAP_MB
			},
			{
				name: 'Hostile corpus: `/` answers afterwards',
				value: answersAfter ? 1 : 0,
				unit: '',
				target: '1',
				met: answersAfter
			}
		];
	} finally {
		await stop(app);
		await new Promise<void>((resolve) => postgrest.close(() => resolve()));
		postgrest.closeAllConnections();
		await db.close();
	}
}
