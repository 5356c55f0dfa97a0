import { publicState } from '$lib/server/public-data';
import type { RequestHandler } from './$types';

// Coverage of every municipality today, with national and county summaries: the public snapshot as JSON.
// Served from memory with validators: a client that has it gets 304 Not Modified.
export const GET: RequestHandler = async ({ request }) => {
	const { snapshot, stale } = await publicState();
	const headers = {
		'content-type': 'application/json; charset=utf-8',
		'cache-control': 'public, max-age=5, stale-while-revalidate=60',
		etag: snapshot.etag,
		'last-modified': snapshot.loadedAt.toUTCString(),
		'x-data-stale': stale ? 'true' : 'false'
	};
	if (request.headers.get('if-none-match') === snapshot.etag)
		return new Response(null, { status: 304, headers });
	return new Response(snapshot.mapJson, { headers });
};
