import { expect, test } from '@playwright/test';

// Issue 18: every page search engines may index has a meta description, in every language; the embed view
// stays out of the index.

const INDEXABLE = ['/', '/liste', '/statistikk', '/kommune/4627-askoy'];

for (const prefix of ['', '/nn', '/en'])
	for (const path of INDEXABLE)
		test(`${prefix}${path} has a meta description`, async ({ request }) => {
			const html = await (await request.get(`${prefix}${path === '/' && prefix ? '' : path}`)).text();
			const description = /<meta name="description" content="([^"]+)"/.exec(html)?.[1] ?? '';
			expect(description.length).toBeGreaterThan(50);
			expect(html).not.toMatch(/<meta name="robots" content="noindex"/);
		});

test('the embed view is not indexed', async ({ request }) => {
	const html = await (await request.get('/embed/kart')).text();
	expect(html).toMatch(/<meta name="robots" content="noindex"/);
});
