import { describe, expect, it } from 'vitest';
import {
	BODY_LIMIT,
	FIELD_LIMIT,
	IMPORT_BODY_LIMIT,
	IMPORT_FILE_LIMIT,
	OneAtATime,
	checkBody
} from './request-limits.ts';

const FORM = 'application/x-www-form-urlencoded';

/** A body sent in chunks, as a client without Content-Length does; counts how much of it was pulled. */
function chunked(chunks: number, size: number) {
	const pulled = { bytes: 0 };
	let sent = 0;
	const body = new ReadableStream<Uint8Array>({
		pull(controller) {
			if (sent++ === chunks) return controller.close();
			pulled.bytes += size;
			controller.enqueue(new Uint8Array(size).fill(97));
		}
	});
	return { body, pulled };
}

const post = (body: BodyInit | ReadableStream, headers: Record<string, string> = {}) =>
	new Request('http://x/logg-inn?/passord', {
		method: 'POST',
		headers: { 'content-type': FORM, ...headers },
		body: body as BodyInit,
		duplex: 'half'
	} as RequestInit);

describe('request body limits', () => {
	it('refuses a body whose declared length is over the limit without reading it', async () => {
		const { body, pulled } = chunked(1000, 1024);
		const result = await checkBody(post(body, { 'content-length': String(12 * 2 ** 20) }), BODY_LIMIT);
		expect(result).toMatchObject({ ok: false, status: 413 });
		expect(pulled.bytes).toBeLessThanOrEqual(1024);
	});

	it('stops reading a body sent without a length at the limit', async () => {
		const { body, pulled } = chunked(10_000, 1024);
		const result = await checkBody(post(body), BODY_LIMIT);
		expect(result).toMatchObject({ ok: false, status: 413 });
		expect(pulled.bytes).toBeLessThanOrEqual(BODY_LIMIT + 2 * 1024);
	});

	it('refuses any form field longer than the field limit, and a form that cannot be read', async () => {
		const long = new URLSearchParams({ email: 'a'.repeat(FIELD_LIMIT + 1), password: 'x' }).toString();
		expect(await checkBody(post(long), BODY_LIMIT)).toMatchObject({ ok: false, status: 413 });
		const broken = await checkBody(
			post('--x\r\nbroken', { 'content-type': 'multipart/form-data; boundary=x' }),
			BODY_LIMIT
		);
		expect(broken).toMatchObject({ ok: false, status: 400 });
		const nul = new URLSearchParams({ email: 'a\u0000@example.org', password: 'x' }).toString();
		expect(await checkBody(post(nul), BODY_LIMIT)).toMatchObject({ ok: false, status: 400 });
	});

	it('passes a good form on with its body intact', async () => {
		const text = new URLSearchParams({
			email: 'ola@example.org',
			password: 'hemmelig',
			note: 'æøå'.repeat(100)
		}).toString();
		const result = await checkBody(post(text), BODY_LIMIT);
		expect(result.ok).toBe(true);
		const form = await (result as { request: Request }).request.formData();
		expect(form.get('email')).toBe('ola@example.org');
		expect(form.get('note')).toBe('æøå'.repeat(100));
	});

	it('refuses an import upload over its limit by its declared length, naming the file limit', async () => {
		const request = new Request('http://x/admin/import?/preview', {
			method: 'POST',
			headers: {
				'content-type': 'multipart/form-data; boundary=x',
				'content-length': String(IMPORT_BODY_LIMIT + 1)
			},
			body: 'x'
		});
		expect(await checkBody(request, IMPORT_BODY_LIMIT)).toEqual({
			ok: false,
			status: 413,
			reason: 'error_import_too_large'
		});
		expect(IMPORT_BODY_LIMIT).toBe(IMPORT_FILE_LIMIT + BODY_LIMIT);
	});

	it('lets a large body through unread where the large limit applies', async () => {
		const { body, pulled } = chunked(100, 1024);
		const result = await checkBody(post(body), 16 * 2 ** 20);
		expect(result.ok).toBe(true);
		expect(pulled.bytes).toBeLessThanOrEqual(1024);
	});
});

describe('large bodies', () => {
	it('are worked on one at a time, in order, also after a failure', async () => {
		const gate = new OneAtATime();
		let running = 0;
		let most = 0;
		const order: number[] = [];
		const work =
			(n: number, fail = false) =>
			async () => {
				running++;
				most = Math.max(most, running);
				await new Promise((r) => setTimeout(r, 10));
				running--;
				order.push(n);
				if (fail) throw new Error('feil');
				return n;
			};
		const results = await Promise.allSettled([gate.run(work(1)), gate.run(work(2, true)), gate.run(work(3))]);
		expect(most).toBe(1);
		expect(order).toEqual([1, 2, 3]);
		expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
	});
});
