import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

// The snapshot's old address: the API's paths are Norwegian words like the pages' (/api/oversikt.json beside
// /api/tidslinje.json). Old clients are sent on for good, with their query.
export const GET: RequestHandler = ({ url }) => redirect(308, `/api/oversikt.json${url.search}`);
