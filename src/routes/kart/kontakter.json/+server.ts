import { contactsFromDetails } from '$lib/coverage/contacts';
import { memoize } from '$lib/server/snapshot-store';
import { publicState } from '$lib/server/public-data';
import { MEMO } from '$lib/server/memo-keys';
import type { RequestHandler } from './$types';

// Every arrangement's coordinators (see $lib/coverage/contacts), made once per snapshot and served from
// memory with the snapshot's validator; the page cache keeps compressed copies.
export const GET: RequestHandler = async ({ request }) => {
	const { snapshot, stale } = await publicState();
	const body = memoize(snapshot, MEMO.contacts, () =>
		JSON.stringify(contactsFromDetails(snapshot.data.map.at, snapshot.data.details))
	);
	const etag = snapshot.etag.replace(/"$/, '-c"');
	const headers = {
		'content-type': 'application/json; charset=utf-8',
		'cache-control': 'public, max-age=5, stale-while-revalidate=60',
		etag,
		'last-modified': snapshot.loadedAt.toUTCString(),
		'x-data-stale': stale ? 'true' : 'false'
	};
	if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
	return new Response(body, { headers });
};
