import { error, fail } from '@sveltejs/kit';
import { staffForAction, staffPage, DATABASE_DOWN, type Staff } from '$lib/server/staff-guard';
import { isUnavailable } from '$lib/server/staff-data';
import { DatabaseRefusal } from '$lib/server/db/transport';
import { transport } from '$lib/server/db';
import { MIN_PASSWORD_LENGTH, passwordRuleMessage } from '$lib/server/auth/password';
import { checkFields } from '$lib/domain/check';
import { STAFF_INVITATION } from '$lib/domain/entities';
import type { Actions, PageServerLoad } from './$types';

const ROLES = ['editor', 'admin'] as const;
type Role = (typeof ROLES)[number];
const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);

/** Admins only: editors get a clear refusal (and the database refuses them too). */
function requireAdmin(staff: Staff): Staff {
	if (staff.staff.role !== 'admin')
		error(403, {
			title: 'Bare for administratorer',
			message: 'Bare administratorer kan gi og ta tilgang. Spør en administrator om du trenger en endring.'
		});
	return staff;
}

/** The embedded default keeps passwords itself; with Supabase, Supabase Auth has the accounts. */
const createsAccounts = async () => Boolean((await transport()).accounts);

export const load: PageServerLoad = (event) =>
	staffPage(
		event,
		async (staff) => {
			const { data } = requireAdmin(staff);
			return {
				overview: await data.staffOverview(),
				me: staff.staff.user_id,
				createsAccounts: await createsAccounts(),
				minPasswordLength: MIN_PASSWORD_LENGTH
			};
		},
		// The answer to a post while the database is down: the invitation form as posted, without the lists.
		async () => ({
			overview: { staff: [], invitations: [] },
			me: '',
			createsAccounts: await createsAccounts().catch(() => false),
			minPasswordLength: MIN_PASSWORD_LENGTH
		})
	);

type Admin = Staff;

/**
 * The admin making a change, or the refusal to answer with. Every action asks this first, before it reads
 * the form or looks anything up, so that nobody else learns anything (not even whether an account exists).
 */
async function adminForAction(locals: App.Locals, url: URL) {
	const staff = await staffForAction(locals, url);
	if (!staff) return fail(503, { error: DATABASE_DOWN });
	if (staff.staff.role !== 'admin')
		return fail(403, { error: 'Bare administratorer kan endre hvem som har tilgang.' });
	return staff;
}

/** Runs an admin's change; refusals and an unreachable database become a message, not an error page. */
async function change(staff: Admin, run: (data: Admin['data']) => Promise<string | { error: string }>) {
	try {
		const result = await run(staff.data);
		return typeof result === 'string' ? { message: result } : fail(400, result);
	} catch (cause) {
		if (cause instanceof DatabaseRefusal) {
			if (cause.constraint === 'staff_last_admin')
				return fail(409, {
					error: 'Det må alltid være minst én administrator. Gjør en annen til administrator først.'
				});
			if (cause.code === '42501') return fail(403, { error: 'Du har ikke lov til å endre dette.' });
			return fail(400, { error: `Databasen avviste endringen: ${cause.message}` });
		}
		if (isUnavailable(cause)) return fail(503, { error: DATABASE_DOWN });
		throw cause;
	}
}

export const actions: Actions = {
	role: async ({ locals, url, request }) => {
		const staff = await adminForAction(locals, url);
		if (!('caller' in staff)) return staff;
		const form = await request.formData();
		const userId = String(form.get('user_id') ?? '');
		const role = form.get('role');
		// Removing access is asked about first (this works without JavaScript too): nothing changes until confirmed.
		if (role === 'none' && form.get('confirm') !== 'yes') return { confirmRemoval: userId };
		return change(staff, async (data) => {
			if (role !== 'none' && !isRole(role)) return { error: 'Velg en rolle.' };
			const result = await data.setStaffRole(userId, role);
			if (result.status === 'not_found') return { error: 'Personen har ikke tilgang lenger.' };
			return role === 'none' ? 'Tilgangen er fjernet.' : 'Rollen er endret.';
		});
	},

	invite: async ({ locals, url, request }) => {
		const staff = await adminForAction(locals, url);
		const form = await request.formData();
		const email = String(form.get('email') ?? '')
			.trim()
			.toLowerCase();
		const role = form.get('role');
		const password = String(form.get('password') ?? '');
		const values = { email, role: String(role ?? 'editor') };
		// The database down: the form comes back as typed. Not an admin: the same answer whatever was typed (the
		// form is not theirs to use, and an answer that differs by address would tell which accounts exist).
		if (!('caller' in staff)) return staff.status === 503 ? fail(503, { ...staff.data, values }) : staff;
		const invalid = checkFields(STAFF_INVITATION, { email }, { today: '' }).errors.email;
		if (invalid) return fail(400, { values, fieldErrors: { email: invalid } });
		if (!isRole(role)) return fail(400, { values, fieldErrors: { role: 'Velg en rolle.' } });
		let accounts;
		let hasAccount = false;
		try {
			accounts = (await transport()).accounts;
			hasAccount = Boolean(accounts && (await accounts.find(email)));
			const problem = accounts && !hasAccount ? passwordRuleMessage(password) : null;
			if (problem)
				return fail(400, {
					values,
					fieldErrors: { password: `Personen har ingen konto ennå. Gi et midlertidig passord. ${problem}` }
				});
		} catch (cause) {
			if (isUnavailable(cause)) return fail(503, { values, error: DATABASE_DOWN });
			throw cause;
		}
		return change(staff, async (data) => {
			// A password someone else knows (the one given here, or one made outside the app with Supabase Auth) is
			// replaced at first sign-in; an embedded account that exists already keeps its own.
			const result = await data.inviteStaff(email, role, !hasAccount);
			if (result.status === 'already_staff')
				return { error: `${email} har tilgang allerede. Endre rollen i listen.` };
			if (accounts && !(await accounts.find(email))) await accounts.create({ email, password, role: 'none' });
			return `${email} får tilgang som ${role === 'admin' ? 'administrator' : 'redaktør'} ved første innlogging.`;
		});
	},

	withdraw: async ({ locals, url, request }) => {
		const staff = await adminForAction(locals, url);
		if (!('caller' in staff)) return staff;
		const email = String((await request.formData()).get('email') ?? '');
		return change(staff, async (data) => {
			await data.withdrawInvitation(email);
			return `Invitasjonen til ${email} er trukket tilbake.`;
		});
	}
};
