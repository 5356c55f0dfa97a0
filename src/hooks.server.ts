import type { Handle, HandleServerError } from '@sveltejs/kit';
import type { IncomingMessage } from 'node:http';
import { m } from '$lib/paraglide/messages';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { deLocalizeUrl } from '$lib/paraglide/runtime';
import { fillSvgMapSlot } from '$lib/map/slot';
import { withSecurityHeaders } from '$lib/server/security-headers';
import { PageCache, isCacheable, type NodeResponse } from '$lib/server/page-cache';
import type { SnapshotState } from '$lib/server/snapshot-store';
import { snapshotStore } from '$lib/server/public-data';
import { clearSessionCookie, readSession, refreshedSession, setSessionCookie } from '$lib/server/auth';

const pageCache = new PageCache();

/** A public response's cache key: the snapshot it was made from, whether that was stale, and the URL. */
const cacheKey = (state: SnapshotState, url: URL) =>
	`${state.snapshot.version}|${state.stale}|${url.pathname}${url.search}`;

// Public responses come from the page cache while the snapshot they were made from is current. Otherwise:
// the language from the URL for the whole request; the page's lang attribute; the server-rendered SVG map
// put into its slot after rendering (see $lib/map/slot), so that its path data is not sent twice; and the
// security headers on every response (the cached ones keep theirs).
export const handle: Handle = async ({ event, resolve }) => {
	const pathname = deLocalizeUrl(event.url).pathname;
	event.locals.session = event.request.headers.has('cookie') ? readSession(event.cookies) : null;
	// A Supabase session whose access token is about to expire gets fresh tokens (or ends if Auth refuses).
	if (event.locals.session?.refreshToken) {
		const session = event.locals.session;
		const refreshed = await refreshedSession(session);
		if (refreshed !== session) {
			if (refreshed) setSessionCookie(event.cookies, refreshed, event.url.protocol === 'https:');
			else clearSessionCookie(event.cookies);
			event.locals.session = refreshed;
		}
	}
	let key: string | null = null;
	if (isCacheable(event.request, pathname)) {
		const state = await snapshotStore()
			.get()
			.catch(() => null);
		if (state) {
			// The URL as requested: SvelteKit's event.url drops /__data.json and its query, and a page and its
			// data must not share an entry.
			key = cacheKey(state, new URL(event.request.url));
			const cached = pageCache.respond(key, event.request);
			if (cached) return cached;
		}
	}
	const rendered = await paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			preload: ({ type }) => type !== 'js',
			transformPageChunk: ({ html }) => {
				const page = html.replace('%paraglide.lang%', locale);
				return event.locals.svgMapMarkup ? fillSvgMapSlot(page, event.locals.svgMapMarkup) : page;
			}
		});
	});
	const response = withSecurityHeaders(rendered, pathname);
	return key ? pageCache.store(key, response, event.request) : response;
};

// For server.js: a cache hit answered straight from Node's http server, before SvelteKit's request
// pipeline (the same entries and rules as above; a miss goes through handle).
(globalThis as Record<symbol, unknown>)[Symbol.for('koordinatorkart.fastResponse')] = (
	request: IncomingMessage,
	response: NodeResponse
): boolean => {
	if (request.method !== 'GET' || request.headers.cookie || request.headers.authorization) return false;
	const state = snapshotStore().peek();
	if (!state) return false;
	return pageCache.writeTo(
		cacheKey(state, new URL(request.url ?? '/', 'http://localhost')),
		{ acceptEncoding: request.headers['accept-encoding'], ifNoneMatch: request.headers['if-none-match'] },
		response
	);
};

// Unexpected errors are logged with an id; visitors get a plain message (in the page's language: this runs
// inside the language middleware) and the id to quote. One failing
// request never takes the server down: SvelteKit catches it and answers that request alone.
export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status === 404) return { message: m.error_not_found_text() };
	const id = crypto.randomUUID().slice(0, 8);
	console.error(`[${id}] ${event.request.method} ${event.url.pathname}:`, error);
	return { message: m.error_unavailable_id({ id }) };
};
