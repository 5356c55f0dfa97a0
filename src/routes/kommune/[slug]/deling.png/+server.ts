import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { parseMunicipalitySlug } from '$lib/slug';
import { municipalityCard } from '$lib/server/share/cards';
import { cardResponse } from '$lib/server/share/respond';
import type { RequestHandler } from './$types';

// The municipality's share card (og:image of its page), 1200 × 630 PNG. Any slug for the number will do;
// a number that is no municipality is a 404, as for the page.
export const GET: RequestHandler = async ({ params, url, request }) => {
	const kommunenummer = parseMunicipalitySlug(params.slug);
	if (!kommunenummer) error(404, m.error_bad_kommunenummer({ value: params.slug }));
	const card = await municipalityCard(kommunenummer, url.origin);
	if (!card) error(404, m.error_unknown_municipality({ kommunenummer }));
	return cardResponse(card, request);
};
