import { error } from '@sveltejs/kit';
import { publicState } from '$lib/server/public-data';
import { municipalityMapMarkup } from '$lib/server/map';
import { parseMunicipalitySlug } from '$lib/slug';
import type { RequestHandler } from './$types';

// The picture of the map zoomed to a municipality (as on its page), for clients that arrive there by
// client-side navigation, where the page's slot is empty.
export const GET: RequestHandler = async ({ params }) => {
	const kommunenummer = parseMunicipalitySlug(params.slug);
	const { snapshot } = await publicState();
	const markup = kommunenummer && municipalityMapMarkup(snapshot.data.map, kommunenummer);
	if (!markup) error(404, 'Fant ikke kommunen.');
	return new Response(markup, {
		headers: {
			'content-type': 'image/svg+xml; charset=utf-8',
			'cache-control': 'public, max-age=5',
			etag: snapshot.etag
		}
	});
};
