import { error, fail, redirect } from '@sveltejs/kit';
import { requireStaff, staffForAction, DATABASE_DOWN } from '$lib/server/staff-guard';
import { isUnavailable, type CoordinatorForEdit } from '$lib/server/staff-data';
import { DatabaseRefusal } from '$lib/server/db/transport';
import { snapshotStore } from '$lib/server/public-data';
import {
	checkCoordinator,
	coordinatorRefusal,
	coordinatorValuesOf,
	readCoordinatorForm,
	type CoordinatorErrors
} from '$lib/staff/coordinator-form';
import { recordHistory } from '$lib/server/history';
import type { ReadableSave } from '$lib/staff/history';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });

/** The coordinator's id, or null for a new one (which needs the arrangement it is for: ?ordning=). */
function target(params: { id: string }, url: URL): { id: string | null; arrangementId: string | null } {
	if (params.id === 'ny') {
		const arrangementId = url.searchParams.get('ordning');
		if (!arrangementId || !UUID.test(arrangementId))
			error(400, 'Velg ordningen koordinatoren skal høre til.');
		return { id: null, arrangementId };
	}
	if (!UUID.test(params.id)) error(404, 'Fant ingen koordinator med denne adressen.');
	return { id: params.id, arrangementId: null };
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { id, arrangementId } = target(params, url);
	const { data } = await requireStaff(locals, url);
	let coordinator: CoordinatorForEdit | null = null;
	let history: ReadableSave[] = [];
	try {
		[coordinator, history] = id
			? await Promise.all([data.coordinatorForEdit(id), recordHistory(data, id)])
			: [null, []];
	} catch (cause) {
		if (isUnavailable(cause)) error(503, DATABASE_DOWN);
		throw cause;
	}
	if (id && !coordinator) error(404, 'Fant ingen koordinator med denne adressen.');
	return { coordinator, history, values: coordinatorValuesOf(coordinator, arrangementId), today: today() };
};

export const actions: Actions = {
	default: async ({ locals, url, params, request }) => {
		const { id, arrangementId } = target(params, url);
		const values = readCoordinatorForm(await request.formData(), id, arrangementId, today());
		const staff = await staffForAction(locals, url);
		if (!staff) return fail(503, { values, errors: { form: DATABASE_DOWN } as CoordinatorErrors });
		const { data } = staff;
		const checked = checkCoordinator(values, today());
		if (checked.errors) return fail(400, { values, errors: checked.errors });
		let savedId: string;
		try {
			const result = await data.saveCoordinator(checked.input);
			if (result.status === 'not_found')
				return fail(404, {
					values,
					errors: { form: 'Koordinatoren finnes ikke lenger.' } as CoordinatorErrors
				});
			if (result.status === 'conflict')
				return fail(409, {
					values: { ...values, version: String(result.current.version) },
					conflict: result.current,
					errors: {} as CoordinatorErrors
				});
			savedId = result.id;
		} catch (cause) {
			if (cause instanceof DatabaseRefusal) {
				const { field, message } = coordinatorRefusal(cause.code, cause.constraint);
				return fail(422, { values, errors: { [field]: message } as CoordinatorErrors });
			}
			if (isUnavailable(cause))
				return fail(503, { values, errors: { form: DATABASE_DOWN } as CoordinatorErrors });
			throw cause;
		}
		snapshotStore().invalidate();
		redirect(303, `/admin/koordinatorer/${savedId}?lagret=1`);
	}
};
