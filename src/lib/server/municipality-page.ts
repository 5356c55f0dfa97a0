// What a municipality's pages (its page and its fact sheet) load first: the municipality from the slug (a
// bad or unknown one is a 404, an old or misspelt one redirects to the canonical address), its map picture
// for the page's map box (in the HTML only), and its history (a page made with the years as last read is not kept in the page
// cache).
import { error, redirect } from '@sveltejs/kit';
import { municipalityHistory, publicState } from './public-data';
import { municipalityMapMarkup } from './map';
import { municipalitySlug, parseMunicipalitySlug } from '$lib/slug';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';

export async function loadMunicipalityPage(
	{
		params,
		url,
		locals,
		setHeaders,
		isDataRequest
	}: {
		params: { slug: string };
		url: URL;
		locals: App.Locals;
		setHeaders: (headers: Record<string, string>) => void;
		isDataRequest: boolean;
	},
	/** The page below the municipality's address ('' for the page itself, '/faktaark'). */
	below = ''
) {
	const kommunenummer = parseMunicipalitySlug(params.slug);
	if (!kommunenummer) error(404, m.error_bad_kommunenummer({ value: params.slug }));
	const { snapshot } = await publicState();
	const detail = snapshot.data.details[kommunenummer];
	if (!detail) error(404, m.error_unknown_municipality({ kommunenummer }));
	const canonical = municipalitySlug(detail.kommunenummer, detail.name_norwegian);
	if (params.slug !== canonical) redirect(308, localizeHref(`/kommune/${canonical}${below}`) + url.search);
	// Only in the page's HTML: the front page's panel loads the page's data (on hover, too) and never shows it.
	if (!isDataRequest)
		locals.svgMapMarkup = municipalityMapMarkup(snapshot.data.map, kommunenummer) ?? undefined;
	const { years: history, current } = await municipalityHistory(kommunenummer);
	if (!current) setHeaders({ 'cache-control': 'no-store' });
	return { kommunenummer, detail, history, map: snapshot.data.map, canonicalPath: `/kommune/${canonical}` };
}
