import { error, fail, redirect } from '@sveltejs/kit';
import { requireStaff, staffForAction, DATABASE_DOWN } from '$lib/server/staff-guard';
import { isUnavailable, type CoordinatorForEdit } from '$lib/server/staff-data';
import { DatabaseRefusal } from '$lib/server/db/transport';
import { snapshotStore } from '$lib/server/public-data';
import { saveMerging, type MergeState } from '$lib/server/merge-save';
import { applyChoices, readBase, type ConflictState } from '$lib/staff/merge';
import {
	COORDINATOR_MERGE_FIELDS,
	checkCoordinator,
	coordinatorRefusal,
	coordinatorValuesOf,
	readCoordinatorForm,
	type CoordinatorErrors,
	type CoordinatorFormValues,
	type CoordinatorMergeField
} from '$lib/staff/coordinator-form';
import { recordHistory } from '$lib/server/history';
import type { ReadableSave } from '$lib/staff/history';
import { today, UUID } from '$lib/domain/ids';
import type { Actions, PageServerLoad } from './$types';

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
		// Staff first, before anything in the request is read (the form is kept when the database is down).
		const staff = await staffForAction(locals, url);
		const form = await request.formData();
		const posted = readCoordinatorForm(form, id, arrangementId, today());
		const fields = COORDINATOR_MERGE_FIELDS;
		const base = readBase(form, fields);
		// After a conflict, each field both people changed needs a choice before anything is saved.
		const { values, unresolved } = applyChoices(form, fields, posted, base);
		if (unresolved.length > 0)
			return fail(409, {
				values,
				base,
				conflict: {
					version: Number(values.version),
					fields: unresolved.map((field) => ({ field, theirs: base?.[field] ?? '', yours: values[field] })),
					theirsKept: []
				} satisfies ConflictState<CoordinatorMergeField>,
				errors: {
					form: 'Velg for hvert felt i oversikten over kollisjoner om din eller kollegaens verdi skal gjelde.'
				} as CoordinatorErrors
			});
		if (!staff) return fail(503, { values, base, errors: { form: DATABASE_DOWN } as CoordinatorErrors });
		const { data } = staff;
		const state: MergeState<CoordinatorMergeField, CoordinatorFormValues> = { values, base, theirsKept: [] };
		let outcome;
		try {
			outcome = await saveMerging(
				state,
				fields,
				(current: CoordinatorForEdit) => ({
					...coordinatorValuesOf(current, arrangementId),
					role: values.role
				}),
				async (attempt) => {
					const checked = checkCoordinator(attempt, today());
					if (checked.errors) return { status: 'invalid', errors: checked.errors };
					return data.saveCoordinator(checked.input);
				}
			);
		} catch (cause) {
			if (cause instanceof DatabaseRefusal) {
				const { field, message } = coordinatorRefusal(cause.code, cause.constraint);
				return fail(422, {
					values: state.values,
					base: state.base,
					errors: { [field]: message } as CoordinatorErrors
				});
			}
			if (isUnavailable(cause))
				return fail(503, {
					values: state.values,
					base: state.base,
					errors: { form: DATABASE_DOWN } as CoordinatorErrors
				});
			throw cause;
		}
		if (outcome.status === 'not_found')
			return fail(404, {
				values: state.values,
				base: state.base,
				errors: { form: 'Koordinatoren finnes ikke lenger.' } as CoordinatorErrors
			});
		if (outcome.status === 'invalid')
			return fail(400, { values: state.values, base: state.base, errors: outcome.errors });
		if (outcome.status === 'conflict')
			return fail(409, {
				values: state.values,
				base: state.base,
				conflict: outcome.conflict,
				errors: {} as CoordinatorErrors
			});
		snapshotStore().invalidate();
		redirect(303, `/admin/koordinatorer/${outcome.id}?lagret=1`);
	}
};
