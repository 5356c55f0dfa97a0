import { error, fail, redirect } from '@sveltejs/kit';
import { requireStaff, staffForAction, DATABASE_DOWN } from '$lib/server/staff-guard';
import {
	isUnavailable,
	type ArrangementCoordinator,
	type ServiceListItem,
	type ArrangementForEdit
} from '$lib/server/staff-data';
import { DatabaseRefusal } from '$lib/server/db/transport';
import { publicState, snapshotStore } from '$lib/server/public-data';
import { saveMerging, type MergeState } from '$lib/server/merge-save';
import { applyChoices, readBase, type ConflictState } from '$lib/staff/merge';
import {
	ARRANGEMENT_MERGE_FIELDS,
	checkArrangement,
	formValuesOf,
	readArrangementForm,
	refusalMessage,
	type ArrangementFormValues,
	type ArrangementMergeField,
	type FieldErrors
} from '$lib/staff/arrangement-form';
import { recordHistory } from '$lib/server/history';
import { pickerStep } from '$lib/staff/member-picker';
import { clashMessage } from '$lib/staff/membership-clash';
import type { ReadableSave } from '$lib/staff/history';
import { today, UUID } from '$lib/domain/ids';
import type { Actions, PageServerLoad } from './$types';

function idOf(param: string): string | null {
	if (param === 'ny') return null;
	if (!UUID.test(param)) error(404, 'Fant ingen ordning med denne adressen.');
	return param;
}

/** Every municipality for the member list: number, name and county (from the public snapshot). */
async function municipalities() {
	const { snapshot } = await publicState();
	const counties = new Map(snapshot.data.map.counties.map((c) => [c.fylkesnummer, c.name]));
	return snapshot.data.map.municipalities
		.map((mu) => ({
			kommunenummer: mu.kommunenummer,
			name: mu.name,
			county: counties.get(mu.kommunenummer.slice(0, 2)) ?? ''
		}))
		.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const id = idOf(params.id);
	const { data } = await requireStaff(locals, url);
	let arrangement: ArrangementForEdit | null = null;
	let coordinators: ArrangementCoordinator[] = [];
	let services: ServiceListItem[] = [];
	let history: ReadableSave[] = [];
	try {
		[arrangement, coordinators, services, history] = id
			? await Promise.all([
					data.arrangementForEdit(id),
					data.arrangementCoordinators(id),
					data.arrangementServices(id),
					recordHistory(data, id)
				])
			: [null, [], [], []];
	} catch (cause) {
		if (isUnavailable(cause)) error(503, DATABASE_DOWN);
		throw cause;
	}
	if (id && !arrangement) error(404, 'Fant ingen ordning med denne adressen.');
	return {
		arrangement,
		coordinators,
		services,
		history,
		values: formValuesOf(arrangement, today()),
		municipalities: await municipalities()
	};
};

export const actions: Actions = {
	default: async ({ locals, url, params, request }) => {
		const id = idOf(params.id);
		// Staff first, before anything in the request is read (the form is kept when the database is down).
		const staff = await staffForAction(locals, url);
		const form = await request.formData();
		const posted = readArrangementForm(form, id);
		const fields = ARRANGEMENT_MERGE_FIELDS;
		const base = readBase(form, fields);
		// After a conflict, each field both people changed needs a choice before anything is saved.
		const { values, unresolved } = applyChoices(form, fields, posted, base);
		const pendingConflict = (): ConflictState<ArrangementMergeField> | undefined =>
			unresolved.length > 0
				? {
						version: Number(values.version),
						fields: unresolved.map((field) => ({ field, theirs: base?.[field] ?? '', yours: values[field] })),
						theirsKept: []
					}
				: undefined;
		// Without JavaScript, "Fjern" and "Legg til" in the member list post the form: change the list, save nothing.
		const step = pickerStep(form, values.members, await municipalities());
		if (step.kind === 'changed')
			return {
				values: { ...values, members: step.members },
				base,
				conflict: pendingConflict(),
				errors: {} as FieldErrors,
				picker: step.message
			};
		if (step.kind === 'refused')
			return fail(400, {
				values,
				base,
				conflict: pendingConflict(),
				errors: { members: step.message } as FieldErrors
			});
		if (unresolved.length > 0)
			return fail(409, {
				values,
				base,
				conflict: pendingConflict(),
				errors: {
					form: 'Velg for hvert felt i oversikten over kollisjoner om din eller kollegaens verdi skal gjelde.'
				} as FieldErrors
			});
		if (!staff) return fail(503, { values, base, errors: { form: DATABASE_DOWN } as FieldErrors });
		const { data } = staff;
		const known = new Set((await municipalities()).map((mu) => mu.kommunenummer));
		const state: MergeState<ArrangementMergeField, ArrangementFormValues> = { values, base, theirsKept: [] };
		let outcome;
		try {
			outcome = await saveMerging(
				state,
				fields,
				(current: ArrangementForEdit) => ({ ...formValuesOf(current, today()), effective: values.effective }),
				async (attempt) => {
					const checked = checkArrangement(attempt, known);
					if (checked.errors) return { status: 'invalid', errors: checked.errors };
					return data.saveArrangement(checked.input);
				}
			);
		} catch (cause) {
			if (cause instanceof DatabaseRefusal) {
				const { field, message } = refusalMessage(cause.code, cause.constraint);
				// A membership clash names the other arrangement and its dates (the values reached the database, so
				// they passed the checks).
				const checked =
					cause.constraint === 'arrangement_member_no_overlap' ? checkArrangement(state.values, known) : null;
				const clash = checked?.input
					? clashMessage(
							await data
								.membershipClashes(
									id,
									checked.input.members,
									id ? checked.input.effective : checked.input.started_on,
									checked.input.ended_on
								)
								.catch(() => [])
						)
					: null;
				return fail(422, {
					values: state.values,
					base: state.base,
					errors: { [field]: clash ?? message } as FieldErrors
				});
			}
			if (isUnavailable(cause)) {
				console.error('saving an arrangement: database unavailable:', cause);
				return fail(503, {
					values: state.values,
					base: state.base,
					errors: { form: DATABASE_DOWN } as FieldErrors
				});
			}
			throw cause;
		}
		if (outcome.status === 'not_found')
			return fail(404, {
				values: state.values,
				base: state.base,
				errors: { form: 'Ordningen finnes ikke lenger. Noen kan ha slettet den.' } as FieldErrors
			});
		if (outcome.status === 'invalid')
			return fail(400, { values: state.values, base: state.base, errors: outcome.errors });
		if (outcome.status === 'conflict')
			return fail(409, {
				values: state.values,
				base: state.base,
				conflict: outcome.conflict,
				errors: {} as FieldErrors
			});
		// The public pages show it within seconds: the snapshot reloads on the next request.
		snapshotStore().invalidate();
		redirect(303, `/admin?lagret=${outcome.id}`);
	}
};
