import { error, redirect } from '@sveltejs/kit';
import { municipalityHistory, publicState } from '$lib/server/public-data';
import { municipalityMapMarkup } from '$lib/server/map';
import { municipalityCentroids } from '$lib/server/data/geometry';
import { nearestCovered } from '$lib/server/data/nearest';
import { municipalitySlug, parseMunicipalitySlug } from '$lib/slug';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals, setHeaders, isDataRequest }) => {
	const kommunenummer = parseMunicipalitySlug(params.slug);
	if (!kommunenummer) error(404, m.error_bad_kommunenummer({ value: params.slug }));
	const { snapshot } = await publicState();
	const detail = snapshot.data.details[kommunenummer];
	if (!detail) error(404, m.error_unknown_municipality({ kommunenummer }));
	const canonical = municipalitySlug(detail.kommunenummer, detail.name_norwegian);
	if (params.slug !== canonical) redirect(308, localizeHref(`/kommune/${canonical}`) + url.search);
	// The picture of the map zoomed to the municipality stands in the map box until the interactive map is ready.
	// Only in the page's HTML: the front page's panel loads this page's data (on hover, too) and never shows it.
	if (!isDataRequest)
		locals.svgMapMarkup = municipalityMapMarkup(snapshot.data.map, kommunenummer) ?? undefined;
	const nearby =
		detail.status === 'none'
			? nearestCovered(kommunenummer, snapshot.data.map.municipalities, municipalityCentroids())
			: [];
	// In the same answer (the panel loads this page's data), from one query per data version; a page made
	// with the years as last read is not kept in the page cache.
	const { years: history, current } = await municipalityHistory(kommunenummer);
	if (!current) setHeaders({ 'cache-control': 'no-store' });
	return { detail, nearby, history, canonicalPath: `/kommune/${canonical}` };
};
