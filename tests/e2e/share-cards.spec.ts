// Share cards: every municipality page (in each language) and every dashboard view has Open Graph and
// Twitter card tags whose picture is a server-drawn 1200 × 630 PNG of exactly that page or view. The pages
// are read as a crawler reads them (the server's HTML, no JavaScript) and the pictures are decoded.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { inflateSync } from 'node:zlib';

test.describe.configure({ timeout: 120_000 });

const unescape = (value: string) =>
	value
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');

/** The page's meta tags by property or name, from the HTML the server sends. */
async function metaTags(request: APIRequestContext, path: string): Promise<Map<string, string>> {
	const response = await request.get(path);
	expect(response.status(), path).toBe(200);
	const html = await response.text();
	const tags = new Map<string, string>();
	for (const [tag] of html.matchAll(/<meta [^>]*>/g)) {
		const key = /(?:property|name)="([^"]+)"/.exec(tag)?.[1];
		const content = /content="([^"]*)"/.exec(tag)?.[1];
		if (key && content !== undefined) tags.set(key, unescape(content));
	}
	return tags;
}

/** Decodes a PNG far enough to know it is whole: signature, IHDR, and IDAT inflating to every row. */
function decodePng(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	let at = 8;
	let width = 0,
		height = 0,
		channels = 0;
	const data: Buffer[] = [];
	while (at < bytes.length) {
		const length = bytes.readUInt32BE(at);
		const type = bytes.toString('latin1', at + 4, at + 8);
		const body = bytes.subarray(at + 8, at + 8 + length);
		if (type === 'IHDR') {
			width = body.readUInt32BE(0);
			height = body.readUInt32BE(4);
			expect(body[8]).toBe(8);
			channels = { 2: 3, 6: 4, 0: 1, 4: 2 }[body[9]] ?? 0;
		}
		if (type === 'IDAT') data.push(body);
		if (type === 'IEND') break;
		at += 12 + length;
	}
	expect(inflateSync(Buffer.concat(data)).length).toBe(height * (1 + width * channels));
	return { width, height };
}

/** Checks the tags of a page and returns its card's address. */
function checkTags(tags: Map<string, string>, origin: string, page: string): string {
	for (const key of ['og:title', 'og:description', 'og:image:alt', 'twitter:image:alt'])
		expect(tags.get(key), key).toBeTruthy();
	expect(tags.get('og:url')).toBe(new URL(page, origin).href);
	const image = tags.get('og:image')!;
	expect(image.startsWith(`${origin}/`), image).toBe(true);
	expect(tags.get('og:image:type')).toBe('image/png');
	expect(tags.get('og:image:width')).toBe('1200');
	expect(tags.get('og:image:height')).toBe('630');
	expect(tags.get('twitter:card')).toBe('summary_large_image');
	expect(tags.get('twitter:image')).toBe(image);
	return image;
}

async function fetchCard(request: APIRequestContext, url: string): Promise<Buffer> {
	const response = await request.get(url);
	expect(response.status(), url).toBe(200);
	expect(response.headers()['content-type']).toBe('image/png');
	const body = await response.body();
	expect(decodePng(body)).toEqual({ width: 1200, height: 630 });
	return body;
}

test('a municipality page has share tags in each language, and its card is a 1200 × 630 PNG', async ({
	request,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	const cards: Buffer[] = [];
	for (const [prefix, alt] of [
		['', /Kart over Askøy og nabokommunene/],
		['/nn', /Kart over Askøy og nabokommunane/],
		['/en', /Map of Askøy and the neighbouring municipalities/]
	] as const) {
		const page = `${prefix}/kommune/4627-askoy`;
		const tags = await metaTags(request, page);
		const image = checkTags(tags, origin, page);
		expect(image).toBe(`${origin}${prefix}/kommune/4627-askoy/deling.png`);
		expect(tags.get('og:title')).toContain('Askøy');
		expect(tags.get('og:image:alt')).toMatch(alt);
		cards.push(await fetchCard(request, image));
	}
	// Each language has its own words on the picture.
	expect(new Set(cards.map((card) => card.toString('base64'))).size).toBe(3);

	// Validators: the same picture again costs nothing.
	const first = await request.get('/kommune/4627-askoy/deling.png');
	const etag = first.headers()['etag'];
	expect(etag).toBeTruthy();
	expect(first.headers()['cache-control']).toContain('public');
	const again = await request.get('/kommune/4627-askoy/deling.png', { headers: { 'if-none-match': etag } });
	expect(again.status()).toBe(304);
	// Any name part for the number gives the same card; no municipality is a 404, not an error.
	expect((await fetchCard(request, '/kommune/4627/deling.png')).equals(await first.body())).toBe(true);
	expect((await request.get('/kommune/9999-ingen/deling.png')).status()).toBe(404);
	expect((await request.get('/kommune/abc/deling.png')).status()).toBe(404);
});

test('each dashboard view has share tags for exactly that view, and two views have different cards', async ({
	request,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	const views = ['/statistikk?ar=2014&lag=finansiering', '/en/statistikk?ar=2020&fylke=46&status=egen'];
	const cards: Buffer[] = [];
	const images: string[] = [];
	for (const view of views) {
		const tags = await metaTags(request, view);
		const image = checkTags(tags, origin, view);
		images.push(image);
		cards.push(await fetchCard(request, image));
	}
	expect(new URL(images[0]).pathname).toBe('/statistikk/deling.png');
	expect(new URL(images[0]).search).toBe('?ar=2014&lag=finansiering');
	expect(new URL(images[1]).pathname).toBe('/en/statistikk/deling.png');
	expect(new URL(images[1]).search).toBe('?ar=2020&fylke=46&status=egen');
	expect((await metaTags(request, views[0])).get('og:title')).toContain('2014');
	expect((await metaTags(request, views[1])).get('og:description')).toMatch(/of \d+ municipalities/);
	expect(cards[0].equals(cards[1])).toBe(false);

	// Sorting and the map position are not on the card: the same picture as the view without them.
	const sorted = await metaTags(request, '/statistikk?ar=2014&lag=finansiering&sorter=own&kart=10,63,5');
	expect(sorted.get('og:image')).toBe(images[0]);
});

test('values a dashboard link cannot read are left out of its card, as on the page, never an error', async ({
	request,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	const tags = await metaTags(request, '/statistikk?fylke=99&ar=1900&lag=x');
	expect(tags.get('og:image')).toBe(`${origin}/statistikk/deling.png`);
	expect(tags.get('og:url')).toBe(`${origin}/statistikk`);
	const plain = await fetchCard(request, '/statistikk/deling.png');
	for (const query of [
		'?fylke=99&ar=1900&lag=x',
		'?ar=%E2%80%AE&status=<script>',
		'?fase=' + 'x'.repeat(2000)
	])
		expect((await fetchCard(request, `/statistikk/deling.png${query}`)).equals(plain), query).toBe(true);
});
