import { compactSearchIndex } from '$lib/server/data/search-index';
import type { RequestHandler } from './$types';

// The whole search index, fetched once by the search box; every keystroke is then answered in the browser.
export const GET: RequestHandler = () =>
	new Response(compactSearchIndex().json, {
		headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=3600' }
	});
