import type { Handle, HandleServerError } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { fillSvgMapSlot } from '$lib/map/slot';

// The language from the URL for the whole request; the page's lang attribute; and the server-rendered SVG
// map put into its slot after rendering (see $lib/map/slot), so that its path data is not sent twice.
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => {
				let page = html.replace('%paraglide.lang%', locale);
				if (event.locals.svgMapMarkup) page = fillSvgMapSlot(page, event.locals.svgMapMarkup);
				return page;
			}
		});
	});

// Unexpected errors are logged with an id; visitors get a plain message and the id to quote.
export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status === 404) return { message: 'Fant ikke siden.' };
	const id = crypto.randomUUID().slice(0, 8);
	console.error(`[${id}] ${event.request.method} ${event.url.pathname}:`, error);
	return { message: `Vi får ikke hentet informasjonen akkurat nå (feil-id ${id}). Prøv igjen om litt.` };
};
