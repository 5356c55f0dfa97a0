import { redirect } from '@sveltejs/kit';
import { setSessionCookie, signInWithLink, usesSupabaseAuth } from '$lib/server/auth';
import type { PageServerLoad } from './$types';

// The sign-in link from the e-mail: /logg-inn/lenke?token_hash=…&type=email. A good link signs in and goes to
// the staff area; a used, expired or altered one says so.
export const load: PageServerLoad = async ({ url, cookies }) => {
	const tokenHash = url.searchParams.get('token_hash');
	if (!usesSupabaseAuth() || !tokenHash || !/^[\w-]{6,200}$/.test(tokenHash))
		return { problem: 'Lenken er ikke hel. Kopier hele lenken fra e-posten, eller be om en ny.' };
	let session;
	try {
		session = await signInWithLink(tokenHash);
	} catch (cause) {
		console.error('sign-in link: Supabase Auth did not answer:', cause);
		return { problem: 'Innlogging virker ikke akkurat nå. Prøv lenken igjen om litt.' };
	}
	if (!session) return { problem: 'Lenken er brukt eller utløpt. Be om en ny på innloggingssiden.' };
	setSessionCookie(cookies, session, url.protocol === 'https:');
	redirect(303, '/admin');
};
