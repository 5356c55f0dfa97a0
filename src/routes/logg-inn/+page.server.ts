import { fail, redirect } from '@sveltejs/kit';
import { requestSignInLink, signIn, setSessionCookie, usesSupabaseAuth } from '$lib/server/auth';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

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
		const email = String((await request.formData()).get('email') ?? '').trim();
		if (!usesSupabaseAuth()) return fail(404, { email, message: m.login_links_off() });
		if (!/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(email))
			return fail(400, { email, linkMessage: m.login_link_no_email() });
		const result = await requestSignInLink(email, url.origin, getClientAddress());
		if (result === 'rate_limited') return fail(429, { email, linkMessage: m.login_link_rate_limited() });
		if (result === 'unavailable') return fail(503, { email, linkMessage: m.login_link_unavailable() });
		return {
			email,
			linkSent: m.login_link_sent({ email })
		};
	},

	passord: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '').trim();
		const password = String(form.get('password') ?? '');
		if (!email || !password) {
			return fail(400, { email, message: m.login_missing() });
		}
		const result = await signIn(email, password, getClientAddress());
		if (!result.ok) {
			if (result.reason === 'rate_limited') {
				const minutes = Math.ceil((result.retryAfterMs ?? 60_000) / 60_000);
				return fail(429, {
					email,
					message: m.login_rate_limited({ minutes })
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
