// Lighthouse (mobile, its simulated throttling) for a list of pages, in Debian's Chromium. Its simulation
// multiplies the CPU time it observes, so on a shared machine one run can be several points off; as
// Lighthouse's own guidance says, each page runs several times and the median run is reported.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

export interface LighthouseFigures {
	url: string;
	performance: number;
	accessibility: number;
	seo: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	/** Audits below a full score in accessibility and SEO, to say what to fix. */
	failedAccessibilityAudits: string[];
	/**
	 * Lighthouse's measure of this machine's speed (higher is faster). The simulated 4× slowdown multiplies the
	 * CPU time observed here, so TBT on a slower or busier machine is higher for the same page.
	 */
	benchmarkIndex: number;
	/** Every run of this page: performance score, LCP, TBT and the machine's index, for the report's notes. */
	runs: { performance: number; lcpMs: number; tbtMs: number; benchmarkIndex: number }[];
}

const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));

/** The run with the median performance score, carrying the list of all runs. */
function medianRun(runs: Omit<LighthouseFigures, 'runs'>[]): LighthouseFigures {
	const sorted = [...runs].sort((a, b) => a.performance - b.performance || a.lcpMs - b.lcpMs);
	return {
		...sorted[Math.floor((sorted.length - 1) / 2)],
		runs: runs.map(({ performance, lcpMs, tbtMs, benchmarkIndex }) => ({
			performance,
			lcpMs,
			tbtMs,
			benchmarkIndex
		}))
	};
}

export async function runLighthouse(urls: string[]): Promise<LighthouseFigures[]> {
	const chrome = await launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
	});
	const results: LighthouseFigures[] = [];
	try {
		for (const url of urls) {
			const runs: Omit<LighthouseFigures, 'runs'>[] = [];
			for (let run = 0; run < RUNS; run++) runs.push(await measuredRun(chrome.port, url));
			results.push(medianRun(runs));
		}
	} finally {
		chrome.kill();
	}
	return results;
}

/**
 * One run Lighthouse could measure. A run whose trace failed (NO_NAVSTART and the like) has no LCP or TBT and a
 * score of 0; counted, it would drag the median down. It runs again, twice at most, and the retry is logged.
 */
async function measuredRun(port: number, url: string): Promise<Omit<LighthouseFigures, 'runs'>> {
	for (let attempt = 1; ; attempt++) {
		const figures = await lighthouseOnce(port, url);
		if ((!Number.isNaN(figures.lcpMs) && !Number.isNaN(figures.tbtMs)) || attempt === 3) return figures;
		console.error(`Lighthouse ${url}: run could not be measured (attempt ${attempt}); running it again`);
	}
}

async function lighthouseOnce(port: number, url: string): Promise<Omit<LighthouseFigures, 'runs'>> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance', 'accessibility', 'seo']
	});
	if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
	const { categories, audits } = result.lhr;
	// A metric Lighthouse could not compute (its score is then 0): say why, rather than report a bare 0.
	for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time']) {
		if (audits[id].errorMessage) console.error(`Lighthouse ${url}: ${id}: ${audits[id].errorMessage}`);
	}
	if (result.lhr.runtimeError) console.error(`Lighthouse ${url}: ${result.lhr.runtimeError.message}`);
	const accessibilityRefs = [...categories.accessibility.auditRefs, ...categories.seo.auditRefs].map(
		(ref) => ref.id
	);
	return {
		url,
		performance: Math.round((categories.performance.score ?? 0) * 100),
		accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
		seo: Math.round((categories.seo.score ?? 0) * 100),
		lcpMs: audits['largest-contentful-paint'].numericValue ?? NaN,
		tbtMs: audits['total-blocking-time'].numericValue ?? NaN,
		cls: audits['cumulative-layout-shift'].numericValue ?? NaN,
		benchmarkIndex: result.lhr.environment.benchmarkIndex,
		failedAccessibilityAudits: accessibilityRefs.filter(
			(id) => audits[id].score !== null && audits[id].score < 1 && audits[id].scoreDisplayMode === 'binary'
		)
	};
}
