import { database } from '$lib/server/db';
import { nationalMapMarkup } from '$lib/server/map';
import type { RequestHandler } from './$types';

// The same SVG map as on the front page, for clients that arrive there by client-side navigation.
export const GET: RequestHandler = async () => {
	const snapshot = await (await database()).mapSnapshot();
	return new Response(nationalMapMarkup(snapshot), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'public, max-age=5' }
	});
};
