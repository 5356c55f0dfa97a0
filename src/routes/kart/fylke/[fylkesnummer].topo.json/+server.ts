import { existsSync } from 'node:fs';
import { error } from '@sveltejs/kit';
import { builtText } from '$lib/server/data/geometry';
import { dataPath, detailCountyFile } from '$lib/server/data/files';
import type { RequestHandler } from './$types';

// A county's municipalities at the map's county level of detail (src/lib/map/detail-levels.ts), fetched by the
// interactive map when it zooms in on that county.
export const GET: RequestHandler = ({ params }) => {
	const file = detailCountyFile(params.fylkesnummer);
	if (!/^\d{2}$/.test(params.fylkesnummer) || !existsSync(dataPath(file))) error(404, 'No such county');
	return new Response(builtText(file), {
		headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=3600' }
	});
};
