import { error, redirect } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { municipalitySlug, parseMunicipalitySlug } from '$lib/slug';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const kommunenummer = parseMunicipalitySlug(params.slug);
	if (!kommunenummer) {
		error(
			404,
			`«${params.slug}» er ikke et kommunenummer. Et kommunenummer har fire sifre, for eksempel 0301.`
		);
	}
	const db = await database();
	const detail = await db.municipalityDetail(kommunenummer);
	if (!detail) error(404, `Fant ingen kommune med nummer ${kommunenummer}.`);
	const canonical = municipalitySlug(detail.kommunenummer, detail.name_norwegian);
	if (params.slug !== canonical) redirect(308, `/kommune/${canonical}${url.search}`);
	return { detail, isDemo: detail.is_demo, canonicalPath: `/kommune/${canonical}` };
};
