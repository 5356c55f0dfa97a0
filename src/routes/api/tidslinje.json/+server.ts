import { publicTimeline } from '$lib/server/public-data';
import type { RequestHandler } from './$types';

// Every municipality's status and funding phase at the end of each year since 2012, with the national and
// county summaries: the data behind /statistikk, for anyone to reuse (see public.coverage_timeline).
export const GET: RequestHandler = async () =>
	new Response(JSON.stringify(await publicTimeline()), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'cache-control': 'public, max-age=60, stale-while-revalidate=600'
		}
	});
