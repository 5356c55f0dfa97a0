import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
	new Response(
		`User-agent: *\nDisallow: /sok\nDisallow: /nn/sok\nDisallow: /en/sok\nDisallow: /admin\nDisallow: /logg-inn\nSitemap: ${new URL('/sitemap.xml', url.origin).href}\n`,
		{
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		}
	);
