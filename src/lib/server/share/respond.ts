// A share card as an HTTP response: from the card cache, with its validator (304 when the client has it),
// cacheable by browsers and link-preview crawlers for a few minutes (the data changes rarely; the ETag
// settles the rest).
import { CardCache } from './card-cache.ts';
import { svgToPng } from './render.ts';
import type { CardSource } from './cards.ts';

/** One cache per process: its byte budget bounds what the cards hold in memory. */
export const cardCache = new CardCache();

export async function cardResponse(source: CardSource, request: Request): Promise<Response> {
	const image = await cardCache.get(source.key, () => svgToPng(source.svg()));
	if (image === 'busy')
		return new Response('Busy drawing other pictures; try again in a few seconds.', {
			status: 503,
			headers: {
				'retry-after': '5',
				'cache-control': 'no-store',
				'content-type': 'text/plain; charset=utf-8'
			}
		});
	const headers = {
		'content-type': 'image/png',
		'cache-control': 'public, max-age=300',
		etag: image.etag
	};
	if (request.headers.get('if-none-match') === image.etag)
		return new Response(null, { status: 304, headers });
	return new Response(image.png as BodyInit, { headers });
}
