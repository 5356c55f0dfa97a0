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
import {
	checkArrangement,
	formValuesOf,
	readArrangementForm,
	refusalMessage,
	type FieldErrors
} from '$lib/staff/arrangement-form';
import { recordHistory } from '$lib/server/history';
import { pickerStep } from '$lib/staff/member-picker';
import { clashMessage } from '$lib/staff/membership-clash';
import type { ReadableSave } from '$lib/staff/history';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });

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
		const posted = await request.formData();
		const values = readArrangementForm(posted, id);
		// Without JavaScript, "Fjern" and "Legg til" in the member list post the form: change the list, save nothing.
		const step = pickerStep(posted, values.members, await municipalities());
		if (step.kind === 'changed')
			return {
				values: { ...values, members: step.members },
				errors: {} as FieldErrors,
				picker: step.message
			};
		if (step.kind === 'refused')
			return fail(400, { values, errors: { members: step.message } as FieldErrors });
		const staff = await staffForAction(locals, url);
		if (!staff) return fail(503, { values, errors: { form: DATABASE_DOWN } as FieldErrors });
		const { data } = staff;
		const known = new Set((await municipalities()).map((mu) => mu.kommunenummer));
		const checked = checkArrangement(values, known);
		if (checked.errors) return fail(400, { values, errors: checked.errors });
		let savedId: string;
		try {
			const result = await data.saveArrangement(checked.input);
			if (result.status === 'not_found') {
				return fail(404, {
					values,
					errors: { form: 'Ordningen finnes ikke lenger. Noen kan ha slettet den.' } as FieldErrors
				});
			}
			if (result.status === 'conflict') {
				// The form keeps what was typed, now based on the newer version: saving again is a deliberate choice.
				return fail(409, {
					values: { ...values, version: String(result.current.version) },
					conflict: result.current,
					errors: {} as FieldErrors
				});
			}
			savedId = result.id;
		} catch (cause) {
			if (cause instanceof DatabaseRefusal) {
				const { field, message } = refusalMessage(cause.code, cause.constraint);
				const clash =
					cause.constraint === 'arrangement_member_no_overlap'
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
				return fail(422, { values, errors: { [field]: clash ?? message } as FieldErrors });
			}
			if (isUnavailable(cause)) {
				console.error('saving an arrangement: database unavailable:', cause);
				return fail(503, { values, errors: { form: DATABASE_DOWN } as FieldErrors });
			}
			throw cause;
		}
		// The public pages show it within seconds: the snapshot reloads on the next request.
		snapshotStore().invalidate();
		redirect(303, `/admin?lagret=${savedId}`);
	}
};
