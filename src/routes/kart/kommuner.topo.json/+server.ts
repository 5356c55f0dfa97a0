import { builtText } from '$lib/server/data/geometry';
import { DATA_FILES } from '$lib/server/data/files';
import type { RequestHandler } from './$types';

// The detailed municipality TopoJSON (county view), for the browser: "use my location" looks the point up in it.
export const GET: RequestHandler = () =>
	new Response(builtText(DATA_FILES.countyTopology), {
		headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=3600' }
	});
