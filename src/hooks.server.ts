import type { Handle, HandleServerError } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { deLocalizeUrl } from '$lib/paraglide/runtime';
import { fillSvgMapSlot } from '$lib/map/slot';
import { withSecurityHeaders } from '$lib/server/security-headers';
import { PageCache, isCacheable } from '$lib/server/page-cache';
import { snapshotStore } from '$lib/server/public-data';

const pageCache = new PageCache();

// Public responses come from the page cache while the snapshot they were made from is current. Otherwise:
// the language from the URL for the whole request; the page's lang attribute; the server-rendered SVG map
// put into its slot after rendering (see $lib/map/slot), so that its path data is not sent twice; and the
// security headers on every response.
export const handle: Handle = async ({ event, resolve }) => {
	const pathname = deLocalizeUrl(event.url).pathname;
	let cacheKey: string | null = null;
	if (isCacheable(event.request, pathname)) {
		const state = await snapshotStore()
			.get()
			.catch(() => null);
		if (state) {
			cacheKey = `${state.snapshot.version}|${state.stale}|${event.url.pathname}${event.url.search}`;
			const cached = pageCache.respond(cacheKey, event.request);
			if (cached) return cached;
		}
	}
	const rendered = await paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => {
				const page = html.replace('%paraglide.lang%', locale);
				return event.locals.svgMapMarkup ? fillSvgMapSlot(page, event.locals.svgMapMarkup) : page;
			}
		});
	});
	const response = withSecurityHeaders(rendered, pathname);
	return cacheKey ? pageCache.store(cacheKey, response, event.request) : response;
};

// Unexpected errors are logged with an id; visitors get a plain message and the id to quote. One failing
// request never takes the server down: SvelteKit catches it and answers that request alone.
export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status === 404) return { message: 'Fant ikke siden.' };
	const id = crypto.randomUUID().slice(0, 8);
	console.error(`[${id}] ${event.request.method} ${event.url.pathname}:`, error);
	return { message: `Vi får ikke hentet informasjonen akkurat nå (feil-id ${id}). Prøv igjen om litt.` };
};
