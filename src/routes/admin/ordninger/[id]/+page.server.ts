import { error, fail } from '@sveltejs/kit';
import { staffPage } from '$lib/server/staff-guard';
import type { ArrangementForEdit } from '$lib/server/staff-data';
import { staffMunicipalities } from '$lib/server/staff-municipalities';
import { saveEntity } from '$lib/server/save-entity';
import {
	ARRANGEMENT_MERGE_FIELDS,
	checkArrangement,
	formValuesOf,
	readArrangementForm,
	refusalMessage,
	type ArrangementFormValues,
	type FieldErrors
} from '$lib/staff/arrangement-form';
import { recordHistory } from '$lib/server/history';
import { pickerStep } from '$lib/staff/member-picker';
import { clashMessage } from '$lib/staff/membership-clash';
import { today, UUID } from '$lib/domain/ids';
import type { Actions, PageServerLoad } from './$types';

function idOf(param: string): string | null {
	if (param === 'ny') return null;
	if (!UUID.test(param)) error(404, 'Fant ingen ordning med denne adressen.');
	return param;
}

export const load: PageServerLoad = (event) => {
	const id = idOf(event.params.id);
	return staffPage(
		event,
		async ({ data }) => {
			const [arrangement, coordinators, services, history, schedule] = id
				? await Promise.all([
						data.arrangementForEdit(id),
						data.arrangementCoordinators(id),
						data.arrangementServices(id),
						recordHistory(data, id),
						data.membershipSchedule(id)
					])
				: [null, [], [], [], []];
			if (id && !arrangement) error(404, 'Fant ingen ordning med denne adressen.');
			return {
				arrangement,
				coordinators,
				services,
				history,
				schedule,
				values: formValuesOf(arrangement, today()),
				municipalities: await staffMunicipalities()
			};
		},
		// The answer to a post while the database is down: the form shows what was posted.
		async () => ({
			arrangement: null,
			coordinators: [],
			services: [],
			history: [],
			schedule: [],
			values: formValuesOf(null, today()),
			municipalities: await staffMunicipalities()
		})
	);
};

export const actions: Actions = {
	default: async (event) => {
		const id = idOf(event.params.id);
		const known = async () => new Set((await staffMunicipalities()).map((mu) => mu.kommunenummer));
		return saveEntity(event, {
			what: 'an arrangement',
			fields: ARRANGEMENT_MERGE_FIELDS,
			read: (form) => readArrangementForm(form, id),
			// Without JavaScript, "Fjern" and "Legg til" in the member list post the form: change the list, save nothing.
			async step({ values, base, pending }, form) {
				const step = pickerStep(form, values.members, await staffMunicipalities());
				if (step.kind === 'changed')
					return {
						values: { ...values, members: step.members },
						base,
						conflict: pending,
						errors: {} as FieldErrors,
						picker: step.message
					};
				if (step.kind === 'refused')
					return fail(400, {
						values,
						base,
						conflict: pending,
						errors: { members: step.message } as FieldErrors
					});
			},
			valuesOf: (current: ArrangementForEdit, values: ArrangementFormValues) => ({
				...formValuesOf(current, today()),
				effective: values.effective
			}),
			async save(attempt, data) {
				const checked = checkArrangement(attempt, await known());
				if (checked.errors) return { status: 'invalid', errors: checked.errors };
				return data.saveArrangement(checked.input);
			},
			async refusal(cause, values, data) {
				const { field, message } = refusalMessage(cause.code, cause.constraint);
				if (cause.constraint !== 'arrangement_member_no_overlap') return { field, message };
				// A membership clash names the other arrangement and its dates (the values reached the database, so
				// they passed the checks).
				const checked = checkArrangement(values, await known());
				const clash = checked.input
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
				return { field, message: clash ?? message };
			},
			notFound: 'Ordningen finnes ikke lenger. Noen kan ha slettet den.',
			savedAt: (saved) => `/admin?lagret=${saved}`
		});
	}
};
