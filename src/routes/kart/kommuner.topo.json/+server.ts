import { builtText } from '$lib/server/data/geometry';
import { DATA_FILES } from '$lib/server/data/files';
import type { RequestHandler } from './$types';

// The municipalities at the interactive map's national level of detail (src/lib/map/detail-levels.ts), for the
// browser: the map starts with it, and "use my location" looks the point up in it.
export const GET: RequestHandler = () =>
	new Response(builtText(DATA_FILES.detailNational), {
		headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=3600' }
	});
