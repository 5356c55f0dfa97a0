import { error, redirect } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { municipalityCentroids } from '$lib/server/data/geometry';
import { nearestCovered } from '$lib/server/data/nearest';
import { municipalitySlug, parseMunicipalitySlug } from '$lib/slug';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const kommunenummer = parseMunicipalitySlug(params.slug);
	if (!kommunenummer) error(404, m.error_bad_kommunenummer({ value: params.slug }));
	const db = await database();
	const detail = await db.municipalityDetail(kommunenummer);
	if (!detail) error(404, m.error_unknown_municipality({ kommunenummer }));
	const canonical = municipalitySlug(detail.kommunenummer, detail.name_norwegian);
	if (params.slug !== canonical) redirect(308, localizeHref(`/kommune/${canonical}`) + url.search);
	const nearby =
		detail.status === 'none'
			? nearestCovered(kommunenummer, (await db.mapSnapshot()).municipalities, municipalityCentroids())
			: [];
	return { detail, nearby, isDemo: detail.is_demo, canonicalPath: `/kommune/${canonical}` };
};
