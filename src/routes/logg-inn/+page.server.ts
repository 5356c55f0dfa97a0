import { fail, redirect } from '@sveltejs/kit';
import { requestSignInLink, signIn, setSessionCookie, usesSupabaseAuth } from '$lib/server/auth';
import { m } from '$lib/paraglide/messages';
import { EMAIL } from '$lib/domain/fields';
import type { Actions, PageServerLoad } from './$types';

/** The longest e-mail address there is (RFC 5321); a longer value is not echoed back. */
const EMAIL_MAX = 254;
/** Passwords are hashed; a very long one would only cost time. */
const PASSWORD_MAX = 1024;

/** "30 sekunder", "1 minutt", "3 minutter" (in the page's language): how long to wait before trying again. */
function waitText(ms: number): string {
	const seconds = Math.max(1, Math.ceil(ms / 1000));
	if (seconds < 90) return m.wait_seconds({ count: seconds });
	return m.wait_minutes({ count: Math.ceil(seconds / 60) });
}

const emailOf = (form: FormData) =>
	String(form.get('email') ?? '')
		.slice(0, EMAIL_MAX + 1)
		.trim();

/** Where to go after signing in: only pages of the staff area, never another site. */
function destination(url: URL): string {
	const to = url.searchParams.get('til') ?? '';
	return /^\/admin(\/[\w\-/]*)?$/.test(to) ? to : '/admin';
}

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.session) redirect(303, destination(url));
	// Sign-in links need e-mail, which Supabase Auth sends; the embedded default has passwords only.
	return { offersLinks: usesSupabaseAuth() };
};

export const actions: Actions = {
	lenke: async ({ request, url, getClientAddress }) => {
		const email = emailOf(await request.formData());
		if (!usesSupabaseAuth()) return fail(404, { email: '', message: m.login_links_off() });
		if (email.length > EMAIL_MAX || !EMAIL.test(email))
			return fail(400, { email: email.slice(0, EMAIL_MAX), linkMessage: m.login_link_no_email() });
		const result = await requestSignInLink(email, url.origin, getClientAddress());
		if (result.status === 'rate_limited')
			return fail(429, {
				email,
				linkMessage: m.login_link_rate_limited_wait({ wait: waitText(result.retryAfterMs) })
			});
		if (result.status === 'unavailable') return fail(503, { email, linkMessage: m.login_link_unavailable() });
		return {
			email,
			linkSent: m.login_link_sent({ email })
		};
	},

	passord: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const email = emailOf(form);
		const password = String(form.get('password') ?? '');
		if (!email || !password) {
			return fail(400, { email, message: m.login_missing() });
		}
		// Nothing is looked up for an address or password no account can have.
		if (email.length > EMAIL_MAX || password.length > PASSWORD_MAX)
			return fail(400, { email: email.slice(0, EMAIL_MAX), message: m.login_wrong() });
		const result = await signIn(email, password, getClientAddress());
		if (!result.ok) {
			if (result.reason === 'rate_limited') {
				return fail(429, {
					email,
					message: m.login_rate_limited_wait({ wait: waitText(result.retryAfterMs ?? 1000) })
				});
			}
			if (result.reason === 'unavailable') {
				return fail(503, {
					email,
					message: m.login_unavailable()
				});
			}
			return fail(400, { email, message: m.login_wrong() });
		}
		setSessionCookie(cookies, result.session, url.protocol === 'https:');
		redirect(303, destination(url));
	}
};
