import { fail, redirect } from '@sveltejs/kit';
import { requestSignInLink, signIn, setSessionCookie, usesSupabaseAuth } from '$lib/server/auth';
import type { Actions, PageServerLoad } from './$types';

/** The longest e-mail address there is (RFC 5321); a longer value is not echoed back. */
const EMAIL_MAX = 254;
/** Passwords are hashed; a very long one would only cost time. */
const PASSWORD_MAX = 1024;

/** "30 sekunder", "1 minutt", "3 minutter": how long to wait before trying again. */
function waitText(ms: number): string {
	const seconds = Math.max(1, Math.ceil(ms / 1000));
	if (seconds < 90) return `${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'}`;
	const minutes = Math.ceil(seconds / 60);
	return `${minutes} ${minutes === 1 ? 'minutt' : 'minutter'}`;
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
		if (!usesSupabaseAuth())
			return fail(404, { email: '', message: 'Innloggingslenker er ikke slått på her.' });
		if (email.length > EMAIL_MAX || !/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(email))
			return fail(400, { email: email.slice(0, EMAIL_MAX), linkMessage: 'Skriv inn e-postadressen din.' });
		const result = await requestSignInLink(email, url.origin, getClientAddress());
		if (result.status === 'rate_limited')
			return fail(429, {
				email,
				linkMessage: `Du har bedt om mange lenker. Vent ${waitText(result.retryAfterMs)} og prøv igjen.`
			});
		if (result.status === 'unavailable')
			return fail(503, { email, linkMessage: 'Kunne ikke sende lenken akkurat nå. Prøv igjen om litt.' });
		return {
			email,
			linkSent: `Hvis ${email} har en konto, får du straks en e-post med en innloggingslenke. Den virker én gang, i en time.`
		};
	},

	passord: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const email = emailOf(form);
		const password = String(form.get('password') ?? '');
		if (!email || !password) {
			return fail(400, { email, message: 'Skriv inn både e-postadresse og passord.' });
		}
		// Nothing is looked up for an address or password no account can have.
		if (email.length > EMAIL_MAX || password.length > PASSWORD_MAX)
			return fail(400, { email: email.slice(0, EMAIL_MAX), message: 'Feil e-postadresse eller passord.' });
		const result = await signIn(email, password, getClientAddress());
		if (!result.ok) {
			if (result.reason === 'rate_limited') {
				return fail(429, {
					email,
					message: `For mange mislykkede forsøk. Vent ${waitText(result.retryAfterMs ?? 1000)} og prøv igjen.`
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
