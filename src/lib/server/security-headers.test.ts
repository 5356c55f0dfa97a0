import { describe, expect, it } from 'vitest';
import { withSecurityHeaders } from './security-headers.ts';

describe('security headers', () => {
	it('forbid framing and sniffing on ordinary pages, keeping the page CSP', () => {
		const response = withSecurityHeaders(
			new Response('x', { headers: { 'content-security-policy': "default-src 'self'" } }),
			'/kommune/0301-oslo'
		);
		expect(response.headers.get('content-security-policy')).toBe(
			"default-src 'self'; frame-ancestors 'none'"
		);
		expect(response.headers.get('x-frame-options')).toBe('DENY');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	});

	it('let the embed view be framed', () => {
		const response = withSecurityHeaders(new Response('x'), '/embed/kart');
		expect(response.headers.get('content-security-policy')).toBe('frame-ancestors *');
		expect(response.headers.get('x-frame-options')).toBeNull();
	});

	it('work on redirects, whose headers cannot be changed in place', () => {
		const response = withSecurityHeaders(
			Response.redirect('http://localhost/kommune/4627-askoy', 308),
			'/kommune/4627'
		);
		expect(response.status).toBe(308);
		expect(response.headers.get('location')).toBe('http://localhost/kommune/4627-askoy');
		expect(response.headers.get('x-frame-options')).toBe('DENY');
	});

	it('ask for HTTPS (HSTS) only when the origin is https', () => {
		expect(
			withSecurityHeaders(new Response('x'), '/', true).headers.get('strict-transport-security')
		).toMatch(/max-age=31536000/);
		expect(
			withSecurityHeaders(new Response('x'), '/', false).headers.get('strict-transport-security')
		).toBeNull();
	});

	it('mark every staff page private, no-store, and no public page', () => {
		for (const path of [
			'/admin',
			'/admin/ordninger/ny',
			'/admin/eksport/arrangement.csv',
			'/logg-inn',
			'/logg-ut'
		])
			expect(withSecurityHeaders(new Response('x'), path).headers.get('cache-control'), path).toBe(
				'private, no-store'
			);
		for (const path of ['/', '/kommune/0301-oslo', '/administrasjon-finnes-ikke'])
			expect(withSecurityHeaders(new Response('x'), path).headers.get('cache-control'), path).toBeNull();
	});
});
