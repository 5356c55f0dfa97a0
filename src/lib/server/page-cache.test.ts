import { describe, expect, it } from 'vitest';
import { PageCache, isCacheable } from './page-cache.ts';

const get = (headers: Record<string, string> = {}) => new Request('http://x/', { headers });
const html = (text: string, headers: Record<string, string> = {}) =>
	new Response(text, { headers: { 'content-type': 'text/html', ...headers } });

describe('page cache', () => {
	it('serves a stored page again, with a validator, and 304 to a client that has it', async () => {
		const cache = new PageCache();
		const first = await cache.store('v1|/', html('<p>hei</p>'), get());
		const etag = first.headers.get('etag')!;
		expect(await first.text()).toBe('<p>hei</p>');
		const again = cache.respond('v1|/', get())!;
		expect(await again.text()).toBe('<p>hei</p>');
		expect(again.headers.get('etag')).toBe(etag);
		expect(again.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
		expect(cache.respond('v1|/', get({ 'if-none-match': etag }))!.status).toBe(304);
		expect(cache.respond('v2|/', get())).toBeUndefined();
	});

	it('compresses large text for clients that accept gzip, with its own validator', async () => {
		const cache = new PageCache();
		const page = '<p>kreftkoordinator</p>'.repeat(200);
		await cache.store('k', html(page), get());
		const zipped = cache.respond('k', get({ 'accept-encoding': 'gzip' }))!;
		expect(zipped.headers.get('content-encoding')).toBe('gzip');
		expect(zipped.headers.get('vary')).toContain('accept-encoding');
		const bytes = new Uint8Array(await zipped.arrayBuffer());
		expect(bytes.byteLength).toBeLessThan(page.length / 10);
		const { gunzipSync } = await import('node:zlib');
		expect(gunzipSync(bytes).toString()).toBe(page);
		const brotli = cache.respond('k', get({ 'accept-encoding': 'gzip, deflate, br' }))!;
		expect(brotli.headers.get('content-encoding')).toBe('br');
		const { brotliDecompressSync } = await import('node:zlib');
		expect(brotliDecompressSync(new Uint8Array(await brotli.arrayBuffer())).toString()).toBe(page);
		const plain = cache.respond('k', get())!;
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(plain.headers.get('etag')).not.toBe(zipped.headers.get('etag'));
		expect(
			cache.respond('k', get({ 'accept-encoding': 'gzip', 'if-none-match': zipped.headers.get('etag')! }))!
				.status
		).toBe(304);
	});

	it('never stores errors, private responses or responses that set cookies', async () => {
		const cache = new PageCache();
		await cache.store('a', new Response('x', { status: 500 }), get());
		await cache.store('b', html('x', { 'cache-control': 'private' }), get());
		await cache.store('c', html('x', { 'set-cookie': 'session=1' }), get());
		expect(cache.size).toBe(0);
	});

	it('drops the least recently used entries when over its byte budget', async () => {
		const cache = new PageCache(80);
		await cache.store('a', html('a'.repeat(10)), get());
		await cache.store('b', html('b'.repeat(10)), get());
		for (let i = 0; i < 6; i++) await cache.store(`n${i}`, html('n'.repeat(10)), get());
		expect(cache.size).toBe(8);
		cache.respond('a', get());
		await cache.store('n6', html('n'.repeat(10)), get());
		expect(cache.respond('a', get())).toBeDefined();
		expect(cache.respond('b', get())).toBeUndefined();
	});

	it('caches only anonymous GET requests outside the admin pages', () => {
		expect(isCacheable(new Request('http://x/'), '/')).toBe(true);
		expect(isCacheable(new Request('http://x/', { method: 'POST' }), '/')).toBe(false);
		expect(isCacheable(new Request('http://x/', { headers: { cookie: 'session=1' } }), '/')).toBe(false);
		expect(isCacheable(new Request('http://x/admin'), '/admin')).toBe(false);
	});
});

describe('page cache, written straight to a Node response', () => {
	it('writes the same status, headers and body as respond(), and nothing on a miss', async () => {
		const cache = new PageCache();
		const page = '<p>kreftkoordinator</p>'.repeat(100);
		const stored = await cache.store('k', html(page), get({ 'accept-encoding': 'gzip' }));
		const written: { status?: number; headers?: Record<string, string>; body?: Uint8Array } = {};
		const response = {
			writeHead: (status: number, headers: Record<string, string>) =>
				Object.assign(written, { status, headers }),
			end: (body?: Uint8Array) => Object.assign(written, { body })
		};
		expect(cache.writeTo('k', { acceptEncoding: 'gzip' }, response)).toBe(true);
		expect(written.status).toBe(200);
		expect(written.headers!['content-encoding']).toBe('gzip');
		expect(written.headers!.etag).toBe(stored.headers.get('etag'));
		expect(written.body!.byteLength).toBe(Number(stored.headers.get('content-length')));
		expect(cache.writeTo('k', { acceptEncoding: 'gzip', ifNoneMatch: written.headers!.etag }, response)).toBe(
			true
		);
		expect(written.status).toBe(304);
		expect(cache.writeTo('missing', {}, response)).toBe(false);
	});
});

describe('page cache under concurrent misses', () => {
	it('counts a key stored again once, so that the budget never drifts and the cache keeps working', async () => {
		const cache = new PageCache(80);
		for (let i = 0; i < 20; i++) await cache.store('k', html('k'.repeat(10)), get());
		expect(cache.bytes).toBe(10);
		await cache.store('a', html('a'.repeat(10)), get());
		expect(cache.bytes).toBe(20);
		expect(cache.respond('k', get())).toBeDefined();
		expect(cache.respond('a', get())).toBeDefined();
	});

	it('renders a key once however many misses for it arrive at the same time', async () => {
		const cache = new PageCache(1000);
		let renders = 0;
		const render = async () => {
			renders++;
			await new Promise((r) => setTimeout(r, 20));
			return html('<p>side</p>');
		};
		const responses = await Promise.all(
			Array.from({ length: 8 }, () => cache.respondOrRender('v1|/', get(), render))
		);
		expect(renders).toBe(1);
		for (const response of responses) expect(await response.text()).toBe('<p>side</p>');
		expect(cache.size).toBe(1);
		expect(cache.bytes).toBe('<p>side</p>'.length);
	});

	it('lets each waiting miss render for itself when the shared render may not be stored', async () => {
		const cache = new PageCache(1000);
		let renders = 0;
		const render = async () => {
			renders++;
			await new Promise((r) => setTimeout(r, 10));
			return new Response(`feil ${renders}`, { status: 503 });
		};
		const responses = await Promise.all(
			Array.from({ length: 3 }, () => cache.respondOrRender('v1|/x', get(), render))
		);
		expect(responses.map((r) => r.status)).toEqual([503, 503, 503]);
		expect(cache.size).toBe(0);
		expect(cache.bytes).toBe(0);
	});
});
