// No bokmål on a nynorsk or English page or file: the rendered text (and the labels screen readers read) of
// the main public pages, and the dashboard's downloads (SVG, CSV), are scanned for the bokmål catalogue's
// phrases that the page's language says differently. Contact data entered by staff may stay as entered;
// the staff area (/admin) is bokmål only.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

type Catalogue = Record<string, string>;
const catalogue = (locale: string): Catalogue => {
	const messages = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Catalogue;
	delete messages.$schema;
	return messages;
};
const NB = catalogue('nb');

/** Text of a message value without its parameters and plural variants. */
function fragmentsOf(value: unknown): string[] {
	if (typeof value === 'string')
		return value
			.split(/\{[^}]*\}/)
			.map((s) => s.trim().replace(/^[\s,.:;–()«»]+|[\s,.:;–()«»]+$/g, ''))
			.filter((s) => s.length >= 4 && /\p{L}{3}/u.test(s));
	// A message with variants (plurals): the texts of its variants.
	if (Array.isArray(value)) return value.flatMap((variant: { match?: object }) => fragmentsOf(variant.match));
	if (value && typeof value === 'object') return Object.values(value).flatMap(fragmentsOf);
	return [];
}

/**
 * The bokmål phrases that must not appear in this language: the fragments of each bokmål message whose value
 * differs, leaving out those that also occur in this language's own catalogue (shared words such as «Status»).
 */
function bokmalPhrases(locale: string): string[] {
	const own = catalogue(locale);
	const ownText = Object.values(own).flatMap(fragmentsOf).join('\n').toLowerCase();
	const phrases = new Set<string>();
	for (const [key, value] of Object.entries(NB)) {
		if (JSON.stringify(own[key]) === JSON.stringify(value)) continue;
		for (const fragment of fragmentsOf(value))
			if (!ownText.includes(fragment.toLowerCase())) phrases.add(fragment);
	}
	return [...phrases];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The phrases found in a text, as whole words. */
function found(text: string, phrases: string[]): string[] {
	return phrases.filter((phrase) =>
		new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'u').test(text)
	);
}

/**
 * What a reader sees or hears: the page's text, its title and the labels of its elements; without what staff
 * entered (names of arrangements, titles), which the pages mark translate="no" and may show as entered.
 */
async function pageText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const labels = [...document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')].flatMap(
			(el) => ['aria-label', 'title', 'alt', 'placeholder'].map((a) => el.getAttribute(a) ?? '')
		);
		const entered = [...document.querySelectorAll('[translate="no"]')]
			.map((el) => (el as HTMLElement).innerText.trim())
			.filter(Boolean)
			.sort((a, b) => b.length - a.length);
		let text = [document.title, document.body.innerText, ...labels].join('\n');
		for (const value of entered) text = text.replaceAll(value, ' ');
		return text;
	});
}

for (const locale of ['nn', 'en'] as const) {
	const phrases = bokmalPhrases(locale);

	test(`no bokmål on the public pages in ${locale}`, async ({ page }) => {
		test.setTimeout(300_000);
		expect(phrases.length).toBeGreaterThan(100);
		const pages = [
			'/',
			'/kommune/4627-askoy',
			'/kommune/0301-oslo',
			'/liste',
			'/sok?q=berg',
			'/statistikk',
			'/statistikk?ar=2014&lag=finansiering&fylke=46',
			'/embed/kart?fylke=56',
			'/logg-inn',
			'/finnes-ikke',
			'/kommune/9999'
		];
		// Municipalities without a coordinator and sharing one (their pages have other sentences).
		const timeline = (await (await page.request.get('/api/tidslinje.json')).json()) as {
			to_year: number;
			from_year: number;
			statuses: Record<string, string>;
		};
		const last = timeline.to_year - timeline.from_year;
		for (const code of ['n', 's']) {
			const k = Object.entries(timeline.statuses).find(([, s]) => s[last] === code)![0];
			pages.push(`/kommune/${k}`);
		}
		const problems: string[] = [];
		for (const path of pages) {
			await page.goto(`/${locale}${path}`);
			if (path === '/' || path === '/statistikk') {
				// The interactive map's controls and attribution too.
				const map = page.locator('[data-coverage-map]').first();
				await page.locator('.coverage-map').first().hover();
				await expect(map).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
			}
			for (const phrase of found(await pageText(page), phrases)) problems.push(`${path}: «${phrase}»`);
		}
		expect(problems).toEqual([]);
	});

	test(`the dashboard’s downloads are in ${locale} too`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto(`/${locale}/statistikk?ar=2019&fylke=46&lag=finansiering`);
		const problems: string[] = [];
		// The SVG the download button links to: the language's own address.
		const svgLink = page.locator('a[href*="kart.svg"]');
		const href = (await svgLink.getAttribute('href'))!;
		expect(href).toMatch(new RegExp(`^/${locale}/statistikk/kart\\.svg`));
		const svg = await (await page.request.get(href)).text();
		const svgText = svg.replace(/<[^>]+>/g, '\n');
		for (const phrase of found(svgText, phrases)) problems.push(`SVG: «${phrase}»`);
		for (const button of await page.locator('button.download').all()) {
			const download = page.waitForEvent('download');
			await button.click();
			const text = await readFile(await (await download).path(), 'utf8');
			for (const phrase of found(text, phrases)) problems.push(`CSV: «${phrase}»`);
		}
		expect(problems).toEqual([]);
	});
}

test('counts agree with their nouns and percentages are written one way per language', async ({ page }) => {
	const snapshot = (await (await page.request.get('/api/oversikt.json')).json()) as {
		municipalities: { kommunenummer: string; status: string; arrangement_id: string | null }[];
	};
	const members = new Map<string, string[]>();
	for (const mu of snapshot.municipalities)
		if (mu.arrangement_id && mu.status === 'inter_municipal')
			members.set(mu.arrangement_id, [...(members.get(mu.arrangement_id) ?? []), mu.kommunenummer]);
	const pair = [...members.values()].find((list) => list.length === 2)!;
	const expected = {
		'': /deler kreftkoordinator med 1 annen kommune i/,
		'/nn': /deler kreftkoordinator med 1 annan kommune i/,
		'/en': /shares a cancer coordinator with 1 other municipality in/
	};
	for (const [prefix, sentence] of Object.entries(expected)) {
		await page.goto(`${prefix}/kommune/${pair[0]}`);
		await expect(page.locator('main')).toContainText(sentence);
	}
	// Oslo is a county of one municipality.
	await page.goto('/en/statistikk?fylke=03');
	await expect(page.locator('[data-figure="covered"] strong')).toHaveText(
		/^[01] of 1 municipality has a cancer coordinator$/
	);
	await expect(page.locator('[data-figure="population"] strong')).toHaveText(
		/^\d+(\.\d)?% of the population/
	);

	// English writes «75%», Norwegian «75 %»: never both on one page.
	for (const path of ['/en/statistikk?lag=finansiering', '/en/']) {
		await page.goto(path);
		const text = await page.locator('body').innerText();
		expect(text, path).toMatch(/\d%/);
		expect(text.match(/\d[ \u00a0]%/g), path).toBeNull();
	}
	await page.goto('/statistikk?lag=finansiering');
	expect((await page.locator('body').innerText()).match(/\d%/g)).toBeNull();
});
