// The fact sheet of one municipality (issue 17, item 6): what its page says, on one A4 sheet for municipal
// leaders, with the history and the map picture. The same data as the page, from the same snapshot.
import { error, redirect } from '@sveltejs/kit';
import { municipalityHistory, publicState } from '$lib/server/public-data';
import { municipalityMapMarkup } from '$lib/server/map';
import { municipalitySlug, parseMunicipalitySlug } from '$lib/slug';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals, setHeaders }) => {
	const kommunenummer = parseMunicipalitySlug(params.slug);
	if (!kommunenummer) error(404, m.error_bad_kommunenummer({ value: params.slug }));
	const { snapshot } = await publicState();
	const detail = snapshot.data.details[kommunenummer];
	if (!detail) error(404, m.error_unknown_municipality({ kommunenummer }));
	const canonical = municipalitySlug(detail.kommunenummer, detail.name_norwegian);
	if (params.slug !== canonical) redirect(308, localizeHref(`/kommune/${canonical}/faktaark`) + url.search);
	// The map picture as on the page (coloured by the page's styles, so inline rather than an <img>).
	locals.svgMapMarkup = municipalityMapMarkup(snapshot.data.map, kommunenummer) ?? undefined;
	// As on the page: made with the years as last read, it is not kept in the page cache.
	const { years: history, current } = await municipalityHistory(kommunenummer);
	if (!current) setHeaders({ 'cache-control': 'no-store' });
	return {
		detail,
		history,
		canonicalPath: `/kommune/${canonical}`
	};
};
