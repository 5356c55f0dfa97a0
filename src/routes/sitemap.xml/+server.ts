import { publicState } from '$lib/server/public-data';
import { localizeHref, locales } from '$lib/paraglide/runtime';
import { escapeXml } from '$lib/map/svg-markup';
import { municipalitySlug } from '$lib/slug';
import type { RequestHandler } from './$types';

// Every public page in every language, with its language alternates, for search engines.
export const GET: RequestHandler = async ({ url }) => {
	const snapshot = (await publicState()).snapshot.data.map;
	const paths = [
		'/',
		'/liste',
		'/statistikk',
		'/data',
		'/tilgjengelighet',
		...snapshot.municipalities.map((m) => `/kommune/${municipalitySlug(m.kommunenummer, m.name_norwegian)}`)
	];
	const absolute = (path: string, locale: (typeof locales)[number]) =>
		escapeXml(new URL(localizeHref(path, { locale }), url.origin).href);
	const entries = paths.flatMap((path) =>
		locales.map(
			(locale) =>
				`<url><loc>${absolute(path, locale)}</loc>` +
				locales
					.map((alt) => `<xhtml:link rel="alternate" hreflang="${alt}" href="${absolute(path, alt)}"/>`)
					.join('') +
				`</url>`
		)
	);
	const xml =
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
		entries.join('\n') +
		'\n</urlset>\n';
	return new Response(xml, {
		headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600' }
	});
};
