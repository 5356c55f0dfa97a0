import { error, fail } from '@sveltejs/kit';
import { requireStaff, staffForAction, DATABASE_DOWN } from '$lib/server/staff-guard';
import { isUnavailable, type AuditEntry } from '$lib/server/staff-data';
import { DatabaseRefusal } from '$lib/server/db/transport';
import { snapshotStore } from '$lib/server/public-data';
import { undoRefusalMessage } from '$lib/staff/undo-message';
import type { Actions, PageServerLoad } from './$types';

/** One save: the audit entries of one transaction statement, newest save first. */
export interface SaveGroup {
	firstId: number;
	at: string;
	actor: string | null;
	entries: AuditEntry[];
}

function groupSaves(entries: AuditEntry[]): SaveGroup[] {
	const groups: SaveGroup[] = [];
	for (const entry of entries) {
		const last = groups.at(-1);
		const key = `${entry.txid}|${entry.at}|${entry.actor}`;
		if (last && `${last.entries[0].txid}|${last.at}|${last.actor}` === key) last.entries.push(entry);
		else groups.push({ firstId: entry.id, at: entry.at, actor: entry.actor_email, entries: [entry] });
	}
	return groups;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const { data } = await requireStaff(locals, url);
	const before = Number(url.searchParams.get('før')) || undefined;
	try {
		const entries = await data.auditEntries({ limit: 100, before });
		return { saves: groupSaves(entries), oldest: entries.at(-1)?.id ?? null };
	} catch (cause) {
		if (isUnavailable(cause)) error(503, DATABASE_DOWN);
		throw cause;
	}
};

export const actions: Actions = {
	undo: async ({ locals, url, request }) => {
		// Staff first, before anything in the request is read.
		const staff = await staffForAction(locals, url);
		if (!staff) return fail(503, { message: DATABASE_DOWN });
		const id = Number((await request.formData()).get('id'));
		const { data } = staff;
		if (!Number.isInteger(id) || id < 1) return fail(400, { message: 'Ugyldig endring.' });
		try {
			const result = await data.undo(id);
			if (result.status === 'not_found') return fail(404, { message: 'Fant ikke endringen.' });
			if (result.status === 'changed_since' || result.status === 'refused') {
				return fail(409, { message: undoRefusalMessage(result) });
			}
			snapshotStore().invalidate();
			return {
				ok: true,
				message: `Endringen er angret (${result.changes} ${result.changes === 1 ? 'rad' : 'rader'}). Angringen er selv ført i historikken.`
			};
		} catch (cause) {
			if (cause instanceof DatabaseRefusal) {
				return fail(422, { message: `Databasen godtok ikke angringen: ${cause.message}` });
			}
			if (isUnavailable(cause)) return fail(503, { message: DATABASE_DOWN });
			throw cause;
		}
	}
};
