// Rendered public responses kept in memory and served again while the snapshot they were made from is
// current. Keys include the snapshot version, so an edit makes every entry unreachable at once; the least
// recently used entries go first when the byte budget is full. Only anonymous GET requests are cached, and
// never a response that says private or no-store. Each entry keeps a gzip copy (adapter-node compresses
// only static files) and its headers made once, so a hit costs little more than writing the bytes.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { isStaffPath } from './security-headers.ts';

interface Variant {
	body: Uint8Array;
	etag: string;
	headers: Record<string, string>;
	/** The same headers for a 304, which has no body. */
	notModifiedHeaders: Record<string, string>;
}

interface Entry {
	plain: Variant;
	gzip: Variant | null;
	brotli: Variant | null;
	bytes: number;
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg\+xml)/;

function variant(base: Headers, body: Uint8Array, etag: string, encoding: string | null): Variant {
	const headers: Record<string, string> = Object.fromEntries(base);
	headers.vary = 'accept-encoding';
	headers.etag = etag;
	const notModifiedHeaders = { ...headers };
	if (encoding) headers['content-encoding'] = encoding;
	headers['content-length'] = String(body.byteLength);
	return { body, etag, headers, notModifiedHeaders };
}

/** What to send for a request: status, headers and body (null for 304). */
function choose(
	entry: Entry,
	acceptEncoding: string | null | undefined,
	ifNoneMatch: string | null | undefined
) {
	const chosen =
		(entry.brotli && /\bbr\b/.test(acceptEncoding ?? '') && entry.brotli) ||
		(entry.gzip && /\bgzip\b/.test(acceptEncoding ?? '') && entry.gzip) ||
		entry.plain;
	return ifNoneMatch === chosen.etag
		? { status: 304, headers: chosen.notModifiedHeaders, body: null }
		: { status: 200, headers: chosen.headers, body: chosen.body };
}

function send(entry: Entry, request: Request): Response {
	const { status, headers, body } = choose(
		entry,
		request.headers.get('accept-encoding'),
		request.headers.get('if-none-match')
	);
	return new Response(body as BodyInit | null, { status, headers });
}

/** The part of Node's ServerResponse the fast path writes to. */
export interface NodeResponse {
	writeHead(status: number, headers: Record<string, string>): unknown;
	end(body?: Uint8Array): unknown;
}

export class PageCache {
	private readonly entries = new Map<string, Entry>();
	/** Renders in progress, by key: a miss that arrives meanwhile waits for that render instead of its own. */
	private readonly rendering = new Map<string, Promise<unknown>>();
	private stored = 0;

	constructor(private readonly maxBytes = 64 * 2 ** 20) {}

	get size(): number {
		return this.entries.size;
	}

	/** The bytes held: always the sum of the entries' sizes. */
	get bytes(): number {
		return this.stored;
	}

	/**
	 * The cached response for the key, or else the one render() makes, stored. One render per key at a time:
	 * misses that arrive while it runs wait for it and are answered from its entry (or, when it could not be
	 * stored, render for themselves).
	 */
	async respondOrRender(key: string, request: Request, render: () => Promise<Response>): Promise<Response> {
		const cached = this.respond(key, request);
		if (cached) return cached;
		const running = this.rendering.get(key);
		if (running) {
			await running.catch(() => {});
			return this.respond(key, request) ?? render();
		}
		const result = (async () => this.store(key, await render(), request))();
		this.rendering.set(key, result);
		try {
			return await result;
		} finally {
			this.rendering.delete(key);
		}
	}

	/** The cached response, or 304 when the client already has it; undefined on a miss. */
	respond(key: string, request: Request): Response | undefined {
		const entry = this.entries.get(key);
		if (!entry) return undefined;
		this.entries.delete(key);
		this.entries.set(key, entry);
		return send(entry, request);
	}

	/** The same as respond(), written straight to a Node response (see server.js); false on a miss. */
	writeTo(
		key: string,
		request: { acceptEncoding?: string; ifNoneMatch?: string },
		response: NodeResponse
	): boolean {
		const entry = this.entries.get(key);
		if (!entry) return false;
		this.entries.delete(key);
		this.entries.set(key, entry);
		const { status, headers, body } = choose(entry, request.acceptEncoding, request.ifNoneMatch);
		response.writeHead(status, headers);
		response.end(body ?? undefined);
		return true;
	}

	/** Stores a response if it may be stored, and returns one to send in its place. */
	async store(key: string, response: Response, request: Request): Promise<Response> {
		const cacheControl = response.headers.get('cache-control') ?? '';
		if (
			response.status !== 200 ||
			/private|no-store/.test(cacheControl) ||
			response.headers.has('set-cookie')
		) {
			return response;
		}
		const body = new Uint8Array(await response.arrayBuffer());
		const etag =
			response.headers.get('etag') ?? `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
		const headers = new Headers(response.headers);
		headers.delete('content-length');
		headers.delete('etag');
		if (!headers.has('cache-control')) headers.set('cache-control', 'public, max-age=0, must-revalidate');
		const compress = body.byteLength > 1024 && COMPRESSIBLE.test(headers.get('content-type') ?? '');
		const gzipped = compress ? gzipSync(body) : null;
		const brotli = compress
			? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
			: null;
		const entry: Entry = {
			plain: variant(headers, body, etag, null),
			gzip: gzipped ? variant(headers, gzipped, etag.replace(/"$/, '-gz"'), 'gzip') : null,
			brotli: brotli ? variant(headers, brotli, etag.replace(/"$/, '-br"'), 'br') : null,
			bytes: body.byteLength + (gzipped?.byteLength ?? 0) + (brotli?.byteLength ?? 0)
		};
		if (entry.bytes <= this.maxBytes / 8) {
			// A key stored again replaces its entry: its old bytes go before the new ones count.
			this.remove(key);
			this.entries.set(key, entry);
			this.stored += entry.bytes;
			for (const oldKey of this.entries.keys()) {
				if (this.stored <= this.maxBytes) break;
				this.remove(oldKey);
			}
		}
		return send(entry, request);
	}

	private remove(key: string) {
		const old = this.entries.get(key);
		if (!old) return;
		this.entries.delete(key);
		this.stored -= old.bytes;
	}
}

/** Whether a request may be answered from, and stored in, the shared cache. */
export function isCacheable(request: Request, pathname: string): boolean {
	return (
		request.method === 'GET' &&
		!request.headers.has('cookie') &&
		!request.headers.has('authorization') &&
		!isStaffPath(pathname)
	);
}
