import type { Handle, HandleServerError } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { deLocalizeUrl, extractLocaleFromRequest, localizeHref, type Locale } from '$lib/paraglide/runtime';
import { fillSvgMapSlot } from '$lib/map/slot';
import { withSecurityHeaders } from '$lib/server/security-headers';
import { isCacheable } from '$lib/server/page-cache';
import { cacheKey, pageCache } from '$lib/server/fast-path';
import { snapshotStore } from '$lib/server/public-data';
import { currentSession } from '$lib/server/auth';
import {
	BODY_LIMIT,
	IMPORT_BODY_LIMIT,
	importFileMegabytes,
	OneAtATime,
	checkBody,
	isImportUpload,
	type Refusal
} from '$lib/server/request-limits';
import { isStaffSession } from '$lib/server/staff-guard';

const largeBodies = new OneAtATime();

// server.js answers cache hits before SvelteKit with this; it imports it from this module, the one SvelteKit
// loads, so that both use the same cache (see $lib/server/fast-path).
export { fastResponse } from '$lib/server/fast-path';

// Public responses come from the page cache while the snapshot they were made from is current. Otherwise:
// the language from the URL for the whole request; the page's lang attribute; the server-rendered SVG map
// put into its slot after rendering (see $lib/map/slot), so that its path data is not sent twice; and the
// security headers on every response (the cached ones keep theirs).
export const handle: Handle = async ({ event, resolve }) => {
	const pathname = deLocalizeUrl(event.url).pathname;
	// The site's origin (ORIGIN in production), never the Host header: see server.js.
	const https = event.url.protocol === 'https:';
	// The session, if the cookie holds one that is still open on the server (refreshed with Supabase).
	event.locals.session = event.request.headers.has('cookie')
		? await currentSession(event.cookies, https)
		: null;

	// The body's limit, decided before a byte of it is read: large only for the import upload by signed-in staff.
	const large =
		isImportUpload(event.request.method, pathname) &&
		event.locals.session !== null &&
		(await isStaffSession(event.locals.session));
	const body = await checkBody(event.request, large ? IMPORT_BODY_LIMIT : BODY_LIMIT);
	if (!body.ok) return withSecurityHeaders(refusal(event.request, body.status, body.reason), pathname, https);
	event.request = body.request;

	const render = () =>
		paraglideMiddleware(event.request, ({ request, locale }) => {
			event.request = request;
			return resolve(event, {
				// Styles only: not scripts (the page works before they run) and not fonts (the map's label font is
				// fetched by MapLibre when it draws a name).
				preload: ({ type }) => type === 'css',
				transformPageChunk: ({ html }) => {
					const page = html.replace('%paraglide.lang%', locale);
					return event.locals.svgMapMarkup ? fillSvgMapSlot(page, event.locals.svgMapMarkup) : page;
				}
			});
		}).then((rendered) => withSecurityHeaders(rendered, pathname, https));

	if (isCacheable(event.request, pathname)) {
		const state = await snapshotStore()
			.get()
			.catch(() => null);
		// The URL as requested: SvelteKit's event.url drops /__data.json and its query, and a page and its data
		// must not share an entry.
		if (state)
			return pageCache.respondOrRender(cacheKey(state, new URL(event.request.url)), event.request, render);
	}
	return large ? largeBodies.run(render) : render();
};

/**
 * A refused request: a short page, or for an enhanced form the error SvelteKit's client expects; in the
 * language of the address (the refusal comes before the language middleware has run).
 */
function refusal(request: Request, status: number, reason: Refusal): Response {
	const locale: Locale = extractLocaleFromRequest(request);
	const message = m[reason]({ megabytes: importFileMegabytes }, { locale });
	if (request.headers.get('x-sveltekit-action') === 'true')
		return Response.json({ type: 'error', status, error: { message } }, { status: 200 });
	const home = localizeHref('/', { locale });
	const page = `<!doctype html><html lang="${locale}"><meta charset="utf-8"><title>Koordinatorkart</title><h1>${m.error_request_refused({}, { locale })}</h1><p>${message}</p><p><a href="${home}">${m.error_home({}, { locale })}</a></p></html>`;
	return new Response(page, {
		status,
		headers: { 'content-type': 'text/html; charset=utf-8', connection: 'close', 'cache-control': 'no-store' }
	});
}

// Unexpected errors are logged with an id; visitors get a plain message (in the page's language: this runs
// inside the language middleware) and the id to quote. One failing
// request never takes the server down: SvelteKit catches it and answers that request alone.
export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status === 404) return { message: m.error_not_found_text() };
	// A bad request (a malformed address, a wrong method) is the client's; only server errors are logged.
	if (status < 500) return { message: m.error_bad_request() };
	const id = crypto.randomUUID().slice(0, 8);
	// The path as an argument, never in the format string: a path holding %s or %o must not shape the log.
	console.error('[%s] %s %s:', id, event.request.method, event.url.pathname, error);
	return { message: m.error_unavailable_id({ id }) };
};
