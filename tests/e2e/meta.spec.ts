import { expect, test } from '@playwright/test';

// Issue 18: every page search engines may index has a meta description, in every language; the embed view
// stays out of the index. The indexable pages are the sitemap's: each kind of page in it (one municipality
// page stands for all), in each of its languages.

test('every kind of page in the sitemap has a meta description and may be indexed', async ({ request }) => {
	const sitemap = await (await request.get('/sitemap.xml')).text();
	const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
	const kinds = new Map<string, string>();
	for (const path of urls) {
		const kind = path.replace(/\/kommune\/[^/]+$/, '/kommune/*');
		if (!kinds.has(kind)) kinds.set(kind, path);
	}
	expect(kinds.size).toBeGreaterThanOrEqual(15);
	for (const path of kinds.values()) {
		const html = await (await request.get(path)).text();
		const description = /<meta name="description" content="([^"]+)"/.exec(html)?.[1] ?? '';
		expect(description.length, `description of ${path}`).toBeGreaterThan(50);
		expect(html, path).not.toMatch(/<meta name="robots" content="noindex"/);
	}
});

test('the embed view is not indexed, but says what it is when its link is shared', async ({ request }) => {
	for (const path of ['/embed/kart', '/nn/embed/kart?lag=finansiering', '/en/embed/kart']) {
		const html = await (await request.get(path)).text();
		expect(html, path).toMatch(/<meta name="robots" content="noindex"/);
		const description = /<meta name="description" content="([^"]+)"/.exec(html)?.[1] ?? '';
		expect(description.length, `description of ${path}`).toBeGreaterThan(50);
	}
});
