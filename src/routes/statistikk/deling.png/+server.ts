import { policyCard } from '$lib/server/share/cards';
import { cardResponse } from '$lib/server/share/respond';
import type { RequestHandler } from './$types';

// The share card of the dashboard view in the query (?ar=2019&lag=finansiering&fylke=18 …), the page's
// og:image, 1200 × 630 PNG. Values that cannot be read are left at their defaults, as on the page.
export const GET: RequestHandler = async ({ url, request }) =>
	cardResponse(await policyCard(url.searchParams, url.origin), request);
