// The production server (server.js) answers a cached public response before SvelteKit
// (src/lib/server/fast-path.ts): what it sends must be what SvelteKit sent when it rendered and stored the
// response, byte for byte and header for header, in every encoding, and a 304 to a client that has it.
import { expect, test } from '@playwright/test';
import { get } from 'node:http';

interface Raw {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

/** One request as a browser would send it, the body as sent (not decoded). */
function raw(url: string, headers: Record<string, string> = {}): Promise<Raw> {
	return new Promise((done, fail) => {
		get(url, { headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () =>
				done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) })
			);
		}).on('error', fail);
	});
}

/** The headers that say what was sent (not when, nor how the connection goes on). */
const described = (headers: Raw['headers']) =>
	Object.fromEntries(
		Object.entries(headers).filter(([name]) => !['date', 'connection', 'keep-alive'].includes(name))
	);

for (const [what, path] of [
	['a municipality page', '/kommune/4627-askoy'],
	['the map snapshot', '/api/oversikt.json'],
	['a page in nynorsk', '/nn/statistikk']
] as const) {
	test(`a cached response (${what}) comes back as SvelteKit first sent it`, async ({ baseURL }) => {
		// A query of its own: the first request is a miss, rendered by SvelteKit and stored; the next ones hit.
		const url = `${baseURL}${path}?fast-path-test=${Date.now()}-${Math.random()}`;
		for (const encoding of ['br', 'gzip', 'identity']) {
			const headers = { 'accept-encoding': encoding };
			const first = await raw(url, headers);
			const again = await raw(url, headers);
			expect(first.status, encoding).toBe(200);
			expect(described(again.headers), encoding).toEqual(described(first.headers));
			expect(again.body.equals(first.body), encoding).toBe(true);
			const etag = String(first.headers.etag);
			const notModified = await raw(url, { ...headers, 'if-none-match': etag });
			expect(notModified.status, encoding).toBe(304);
			expect(notModified.body.byteLength).toBe(0);
			expect(notModified.headers.etag).toBe(etag);
		}
	});
}
