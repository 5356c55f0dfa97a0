import { fail, redirect } from '@sveltejs/kit';
import { staffForAction, staffPage, DATABASE_DOWN } from '$lib/server/staff-guard';
import { changePassword, setSessionCookie } from '$lib/server/auth';
import { MIN_PASSWORD_LENGTH } from '$lib/server/auth/password';
import type { Actions, PageServerLoad } from './$types';

type Field = 'current' | 'password' | 'repeat' | 'form';

export const load: PageServerLoad = (event) =>
	staffPage(
		event,
		async ({ staff }) => ({
			required: Boolean(staff.must_change_password),
			email: staff.email,
			minLength: MIN_PASSWORD_LENGTH
		}),
		// The answer to a post while the database is down: the form (passwords are never sent back) and the message.
		() => ({ required: false, email: event.locals.session?.email ?? '', minLength: MIN_PASSWORD_LENGTH })
	);

export const actions: Actions = {
	default: async ({ locals, url, request, cookies, getClientAddress }) => {
		const staff = await staffForAction(locals, url);
		if (!staff || !locals.session)
			return fail(503, { errors: { form: DATABASE_DOWN } as Partial<Record<Field, string>> });
		const form = await request.formData();
		const text = (name: string) => String(form.get(name) ?? '');
		const errors: Partial<Record<Field, string>> = {};
		if (!text('current')) errors.current = 'Skriv passordet du bruker nå (det midlertidige, om du fikk et).';
		if (!text('password')) errors.password = 'Skriv et nytt passord.';
		else if (text('password') !== text('repeat')) errors.repeat = 'De to nye passordene er ikke like.';
		if (Object.keys(errors).length > 0) return fail(400, { errors });

		const result = await changePassword(
			locals.session,
			text('current'),
			text('password'),
			getClientAddress()
		);
		if (!result.ok)
			return fail(result.field === 'form' ? 503 : result.retryAfterMs ? 429 : 400, {
				errors: { [result.field]: result.message } as Partial<Record<Field, string>>
			});
		// Every other session of the person has ended; this one goes on under a new id.
		setSessionCookie(cookies, result.session, url.protocol === 'https:');
		redirect(303, '/admin?passord=byttet');
	}
};
