// Headers every response carries. The embed view (/embed/…) may be framed by other sites; nothing else may.
// Over https, browsers are told to stay on https (HSTS); staff pages are never stored.

const COMMON: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'permissions-policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
	'cross-origin-opener-policy': 'same-origin'
};

export function isEmbeddable(pathname: string): boolean {
	return pathname === '/embed' || pathname.startsWith('/embed/');
}

/** The staff area and signing in and out: never stored by a browser or a proxy, never cached by us. */
export function isStaffPath(pathname: string): boolean {
	return /^\/(admin|logg-inn|logg-ut)(\/|$)/.test(pathname);
}

/** The headers every response carries; `https` is whether the site's origin is https (then HSTS too). */
export function withSecurityHeaders(response: Response, pathname: string, https = false): Response {
	// Some responses (redirects) have immutable headers: copy them first.
	let result = response;
	try {
		result.headers.set('x-content-type-options', 'nosniff');
	} catch {
		result = new Response(response.body, response);
	}
	for (const [name, value] of Object.entries(COMMON)) result.headers.set(name, value);
	if (https) result.headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
	if (isStaffPath(pathname)) result.headers.set('cache-control', 'private, no-store');
	const embeddable = isEmbeddable(pathname);
	if (!embeddable) result.headers.set('x-frame-options', 'DENY');
	const csp = result.headers.get('content-security-policy');
	const frameAncestors = `frame-ancestors ${embeddable ? '*' : "'none'"}`;
	result.headers.set('content-security-policy', csp ? `${csp}; ${frameAncestors}` : frameAncestors);
	return result;
}
