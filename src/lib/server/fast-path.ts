// The shared cache of public responses and the fast path that answers its hits straight from Node's http
// server (server.js), before SvelteKit's request pipeline. The hook (src/hooks.server.ts) stores rendered
// responses here and exports fastResponse; server.js imports it from the built hook module, so both hold the
// one module instance: an import, not a global. Why a fast path at all, measured on the production build
// (autocannon, 100 connections, same run, 2 shared cores): a cached /kommune/4627-askoy at 1830 req/s
// through it against 717 req/s when the same cache hit goes through SvelteKit's handle, and
// /api/oversikt.json at 1000–2000 against 251 req/s (p99 4 s). The bench reports both paths (scripts/bench/server.ts).
import type { IncomingMessage } from 'node:http';
import { PageCache, type NodeResponse } from './page-cache.ts';
import { snapshotStore } from './public-data.ts';
import type { SnapshotState } from './snapshot-store.ts';

export const pageCache = new PageCache();

/** A public response's cache key: the snapshot it was made from, whether that was stale, and the URL. */
export const cacheKey = (state: SnapshotState, url: URL) =>
	`${state.snapshot.version}|${state.stale}|${url.pathname}${url.search}`;

/**
 * Answers a request from the cache when it can (the same entries and rules as the hook; a miss goes on
 * through SvelteKit, which renders and stores it). True when it has answered.
 */
export function fastResponse(request: IncomingMessage, response: NodeResponse): boolean {
	if (request.method !== 'GET' || request.headers.cookie || request.headers.authorization) return false;
	const state = snapshotStore().peek();
	if (!state) return false;
	return pageCache.writeTo(
		cacheKey(state, new URL(request.url ?? '/', 'http://localhost')),
		{ acceptEncoding: request.headers['accept-encoding'], ifNoneMatch: request.headers['if-none-match'] },
		response
	);
}
