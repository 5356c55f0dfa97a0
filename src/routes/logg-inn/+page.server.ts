import { fail, redirect } from '@sveltejs/kit';
import { requestSignInLink, signIn, setSessionCookie, usesSupabaseAuth } from '$lib/server/auth';
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
		if (!usesSupabaseAuth()) return fail(404, { email, message: 'Innloggingslenker er ikke slått på her.' });
		if (!/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(email))
			return fail(400, { email, linkMessage: 'Skriv inn e-postadressen din.' });
		const result = await requestSignInLink(email, url.origin, getClientAddress());
		if (result === 'rate_limited')
			return fail(429, { email, linkMessage: 'Du har bedt om mange lenker. Vent et kvarter og prøv igjen.' });
		if (result === 'unavailable')
			return fail(503, { email, linkMessage: 'Kunne ikke sende lenken akkurat nå. Prøv igjen om litt.' });
		return {
			email,
			linkSent: `Hvis ${email} har en konto, får du straks en e-post med en innloggingslenke. Den virker én gang, i en time.`
		};
	},

	passord: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '').trim();
		const password = String(form.get('password') ?? '');
		if (!email || !password) {
			return fail(400, { email, message: 'Skriv inn både e-postadresse og passord.' });
		}
		const result = await signIn(email, password, getClientAddress());
		if (!result.ok) {
			if (result.reason === 'rate_limited') {
				const minutes = Math.ceil((result.retryAfterMs ?? 60_000) / 60_000);
				return fail(429, {
					email,
					message: `For mange mislykkede forsøk. Vent ${minutes} ${minutes === 1 ? 'minutt' : 'minutter'} og prøv igjen.`
				});
			}
			if (result.reason === 'unavailable') {
				return fail(503, {
					email,
					message: 'Innlogging virker ikke akkurat nå fordi databasen ikke svarer. Prøv igjen om litt.'
				});
			}
			return fail(400, { email, message: 'Feil e-postadresse eller passord.' });
		}
		setSessionCookie(cookies, result.session, url.protocol === 'https:');
		redirect(303, destination(url));
	}
};
