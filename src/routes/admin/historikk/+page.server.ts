import { fail } from '@sveltejs/kit';
import { staffForAction, staffPage, DATABASE_DOWN } from '$lib/server/staff-guard';
import { isUnavailable, type HistoryFilter } from '$lib/server/staff-data';
import { readableHistory } from '$lib/server/history';
import { staffMunicipalities } from '$lib/server/staff-municipalities';
import { DatabaseRefusal } from '$lib/server/db/transport';
import { snapshotStore } from '$lib/server/public-data';
import { undoRefusalMessage } from '$lib/staff/undo-message';
import { isKommunenummer, UUID } from '$lib/domain/ids';
import type { Actions, PageServerLoad } from './$types';

/** The filters from the URL (?person=, ?post=, ?kommune=); anything malformed is ignored. */
function filterOf(url: URL): HistoryFilter {
	const uuid = (name: string) => {
		const value = url.searchParams.get(name) ?? '';
		return UUID.test(value) ? value : undefined;
	};
	const kommune = url.searchParams.get('kommune') ?? '';
	return {
		actor: uuid('person'),
		record: uuid('post'),
		kommunenummer: isKommunenummer(kommune) ? kommune : undefined
	};
}

export const load: PageServerLoad = (event) => {
	const before = Number(event.url.searchParams.get('før')) || undefined;
	const filter = filterOf(event.url);
	return staffPage(
		event,
		async ({ data }) => {
			const [history, actors, municipalities] = await Promise.all([
				readableHistory(data, { ...filter, before, limit: 50 }),
				data.historyActors(),
				staffMunicipalities()
			]);
			return { ...history, filter, actors, municipalities };
		},
		// The answer to an undo while the database is down: its message, without the history.
		async () => ({
			saves: [],
			oldest: null,
			filter,
			actors: [],
			municipalities: await staffMunicipalities()
		})
	);
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
