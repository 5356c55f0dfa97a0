// Headers every response carries. The embed view (/embed/…) may be framed by other sites; nothing else may.

const COMMON: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'permissions-policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
	'cross-origin-opener-policy': 'same-origin'
};

export function isEmbeddable(pathname: string): boolean {
	return pathname === '/embed' || pathname.startsWith('/embed/');
}

export function withSecurityHeaders(response: Response, pathname: string): Response {
	// Some responses (redirects) have immutable headers: copy them first.
	let result = response;
	try {
		result.headers.set('x-content-type-options', 'nosniff');
	} catch {
		result = new Response(response.body, response);
	}
	for (const [name, value] of Object.entries(COMMON)) result.headers.set(name, value);
	const embeddable = isEmbeddable(pathname);
	if (!embeddable) result.headers.set('x-frame-options', 'DENY');
	const csp = result.headers.get('content-security-policy');
	const frameAncestors = `frame-ancestors ${embeddable ? '*' : "'none'"}`;
	result.headers.set('content-security-policy', csp ? `${csp}; ${frameAncestors}` : frameAncestors);
	return result;
}
