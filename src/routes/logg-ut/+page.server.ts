import { redirect } from '@sveltejs/kit';
import { clearSessionCookie, endSession } from '$lib/server/auth';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	// Ends the session on the server (a copy of the cookie stops working too) and removes the cookie.
	default: async ({ cookies, locals, url }) => {
		if (locals.session) await endSession(locals.session);
		clearSessionCookie(cookies, url.protocol === 'https:');
		redirect(303, '/');
	}
};
