import { publicState } from '$lib/server/public-data';
import { nationalMapMarkup } from '$lib/server/map';
import { memoize } from '$lib/server/snapshot-store';
import { MEMO } from '$lib/server/memo-keys';
import { getLocale } from '$lib/paraglide/runtime';
import type { RequestHandler } from './$types';

// The same SVG map as on the front page, for clients that arrive there by client-side navigation.
export const GET: RequestHandler = async () => {
	const { snapshot } = await publicState();
	const markup = memoize(snapshot, MEMO.nationalSvg(getLocale()), () => nationalMapMarkup(snapshot.data.map));
	return new Response(markup, {
		headers: {
			'content-type': 'image/svg+xml; charset=utf-8',
			'cache-control': 'public, max-age=5',
			etag: snapshot.etag
		}
	});
};
