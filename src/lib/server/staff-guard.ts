// The staff area's door: signed in, and staff according to the database. Used by the layout (pages) and by
// every form action (which SvelteKit runs without the layout's load).
import { error, isHttpError, isRedirect, redirect } from '@sveltejs/kit';
import { callerOf } from './auth/index.ts';
import { isUnavailable, staffData, type StaffMember } from './staff-data.ts';
import type { Caller } from './db/transport.ts';
import type { Session } from './auth/session.ts';

/** The page where a new password is chosen (required first after an invitation with a temporary one). */
export const NEW_PASSWORD_PATH = '/admin/nytt-passord';

export const DATABASE_DOWN =
	'Databasen svarer ikke akkurat nå, så endringer kan ikke lagres. Prøv igjen om litt; det du har skrevet, er ikke lagret.';

/**
 * A staff page's data, or `fallback` when the database is down while the page answers a form post. Without
 * JavaScript, SvelteKit renders the page after the action, and its loads need the database: an error page
 * there would throw away what was typed. The fallback lets the form show what was posted (the action's
 * answer, with DATABASE_DOWN) instead.
 */
export async function unlessDownAfterPost<T>(
	request: Request,
	read: () => Promise<T>,
	fallback: () => T | Promise<T>
): Promise<T> {
	try {
		return await read();
	} catch (cause) {
		if (request.method === 'POST' && isHttpError(cause, 503)) return fallback();
		throw cause;
	}
}

export type Staff = Awaited<ReturnType<typeof requireStaff>>;

/**
 * A staff page's load: the staff check, then read; a database that cannot be reached is an error page with
 * DATABASE_DOWN, except on the answer to a form post, where the page gets fallback (see unlessDownAfterPost)
 * and shows the posted form with the action's message. `unavailable` says which of the two the page has.
 */
export function staffPage<T extends object>(
	{ locals, url, request }: { locals: App.Locals; url: URL; request: Request },
	read: (staff: Staff) => Promise<T>,
	fallback: () => T | Promise<T>
): Promise<T & { unavailable: boolean }> {
	return unlessDownAfterPost<T & { unavailable: boolean }>(
		request,
		async () => {
			const staff = await requireStaff(locals, url);
			try {
				return { ...(await read(staff)), unavailable: false };
			} catch (cause) {
				if (isHttpError(cause) || isRedirect(cause) || !isUnavailable(cause)) throw cause;
				console.error(`${url.pathname}: database unavailable:`, cause);
				error(503, DATABASE_DOWN);
			}
		},
		async () => ({ ...(await fallback()), unavailable: true })
	);
}

export async function requireStaff(
	locals: App.Locals,
	url: URL
): Promise<{ staff: StaffMember; caller: Caller; data: ReturnType<typeof staffData> }> {
	if (!locals.session) redirect(303, `/logg-inn?til=${encodeURIComponent(url.pathname)}`);
	const caller = callerOf(locals.session);
	const data = staffData(caller);
	let staff: StaffMember | null;
	try {
		// Someone an admin has invited becomes staff at their first visit (see claim_staff_invitation).
		staff = (await data.currentStaff()) ?? (await data.claimStaffInvitation());
	} catch (cause) {
		if (isUnavailable(cause)) {
			console.error('staff area: database unavailable:', cause);
			error(503, DATABASE_DOWN);
		}
		throw cause;
	}
	if (!staff)
		error(
			403,
			'Du er logget inn, men kontoen din har ikke tilgang til å redigere. Kontakt en administrator.'
		);
	// Someone who signed in with a temporary password chooses their own before anything else.
	if (staff.must_change_password && url.pathname !== NEW_PASSWORD_PATH) redirect(303, NEW_PASSWORD_PATH);
	return { staff, caller, data };
}

/**
 * For form actions: as requireStaff, but when the database cannot be reached it returns null, so that the
 * action can answer with the form as it was typed and a clear message (an error page would lose it).
 */
export async function staffForAction(locals: App.Locals, url: URL): Promise<Staff | null> {
	try {
		return await requireStaff(locals, url);
	} catch (cause) {
		if (isHttpError(cause, 503)) return null;
		throw cause;
	}
}

/** Whether a session belongs to staff (the database says so); false when it cannot be asked. */
export async function isStaffSession(session: Session): Promise<boolean> {
	try {
		return (await staffData(callerOf(session)).currentStaff()) !== null;
	} catch {
		return false;
	}
}
