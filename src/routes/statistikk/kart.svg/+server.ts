import { policyMapImage } from '$lib/server/policy-map-image';
import type { RequestHandler } from './$types';

// The dashboard's map for the view in the query (?ar=2019&lag=finansiering&fylke=18 …): with title, legend
// and attribution for download, or just the map with ramme=nei (the page's picture before MapLibre loads).
export const GET: RequestHandler = async ({ url }) => {
	const framed = url.searchParams.get('ramme') !== 'nei';
	const markup = await policyMapImage(url.searchParams, framed, url.origin);
	const year = url.searchParams.get('ar') ?? 'i-dag';
	return new Response(markup, {
		headers: {
			'content-type': 'image/svg+xml; charset=utf-8',
			'cache-control': 'public, max-age=5',
			...(framed && url.searchParams.has('last-ned')
				? {
						'content-disposition': `attachment; filename="kreftkoordinatorer-kart-${year.replace(/\D/g, '') || 'i-dag'}.svg"`
					}
				: {})
		}
	});
};
