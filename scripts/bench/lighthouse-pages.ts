// Lighthouse mobile for the public pages issue 18 names (the front page, a municipality page, the dashboard
// and its embed view), as report rows. Run on its own with BENCH_ONLY=lighthouse (it starts the built app).
import { runLighthouse, type LighthouseFigures } from './lighthouse.ts';
import { startApp, stop, waitFor } from './process.ts';
import type { ReportRow } from './report.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4181) + 4;

/** Each page with whether search engines should index it (the embed view is noindex by design). */
export const LIGHTHOUSE_PAGES = [
	{ path: '', indexed: true },
	{ path: 'kommune/0301-oslo', indexed: true },
	{ path: 'statistikk', indexed: true },
	{ path: 'embed/kart', indexed: false }
] as const;

export function lighthouseRows(
	figures: LighthouseFigures[],
	baseline?: LighthouseFigures
): { rows: ReportRow[]; notes: string[] } {
	const rows: ReportRow[] = [];
	LIGHTHOUSE_PAGES.forEach(({ path, indexed }, i) => {
		const f = figures[i];
		const label = `/${path}`;
		rows.push(
			{
				name: `Lighthouse mobile ${label}: performance`,
				value: f.performance,
				unit: '',
				target: '≥ 95',
				met: f.performance >= 95,
				baseline: baseline?.performance
			},
			{
				name: `Lighthouse mobile ${label}: accessibility`,
				value: f.accessibility,
				unit: '',
				target: '= 100',
				met: f.accessibility === 100,
				baseline: baseline?.accessibility
			},
			{
				name: `Lighthouse mobile ${label}: SEO${indexed ? '' : ' (noindex by design)'}`,
				value: f.seo,
				unit: '',
				target: indexed ? '= 100' : undefined,
				met: indexed ? f.seo === 100 : undefined
			},
			{
				name: `Lighthouse mobile ${label}: LCP (simulated)`,
				value: f.lcpMs,
				unit: 'ms',
				target: '≤ 1500 ms',
				met: f.lcpMs <= 1500,
				baseline: baseline?.lcpMs
			},
			{
				name: `Lighthouse mobile ${label}: total blocking time`,
				value: f.tbtMs,
				unit: 'ms',
				target: '≤ 200 ms',
				met: f.tbtMs <= 200,
				baseline: baseline?.tbtMs
			}
		);
	});
	const all = baseline ? [...figures, baseline] : figures;
	const notes = [
		`- Lighthouse: each page ${figures[0]?.runs.length ?? 0} times, the median run reported (performance / LCP / TBT of every run): ` +
			all
				.map(
					(f) =>
						`${new URL(f.url).pathname} ${f.runs.map((r) => `${r.performance}/${r.lcpMs.toFixed(0)}/${r.tbtMs.toFixed(0)}`).join(', ')}`
				)
				.join('; ') +
			'.',
		`- Lighthouse's benchmark index of this machine (higher is faster; its simulation multiplies the CPU time ` +
			`observed here by 4): ${all.flatMap((f) => f.runs.map((r) => r.benchmarkIndex.toFixed(0))).join(', ')}.`,
		...figures
			.filter((f) => f.failedAccessibilityAudits.length > 0)
			.map((f) => `- Lighthouse audits not passed on ${f.url}: ${f.failedAccessibilityAudits.join(', ')}`)
	];
	return { rows, notes };
}

/** The Lighthouse part on its own: the built app on the embedded database, the four pages. */
export async function benchLighthouse(): Promise<{ rows: ReportRow[]; notes: string[] }> {
	const app = startApp(PORT, { KOORDINATORKART_PGLITE_DIR: 'memory://' });
	const appUrl = `http://127.0.0.1:${PORT}/`;
	try {
		await waitFor(`${appUrl}api/oversikt.json`, 90_000);
		const figures = await runLighthouse(LIGHTHOUSE_PAGES.map(({ path }) => appUrl + path));
		return lighthouseRows(figures);
	} finally {
		await stop(app);
	}
}
