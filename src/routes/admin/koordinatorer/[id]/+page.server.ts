import { error } from '@sveltejs/kit';
import { staffPage } from '$lib/server/staff-guard';
import type { CoordinatorForEdit } from '$lib/server/staff-data';
import { saveEntity } from '$lib/server/save-entity';
import {
	COORDINATOR_MERGE_FIELDS,
	checkCoordinator,
	coordinatorRefusal,
	coordinatorValuesOf,
	readCoordinatorForm,
	type CoordinatorErrors,
	type CoordinatorFormValues
} from '$lib/staff/coordinator-form';
import { recordHistory } from '$lib/server/history';
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

export const load: PageServerLoad = (event) => {
	const { id, arrangementId } = target(event.params, event.url);
	return staffPage(
		event,
		async ({ data }) => {
			const [coordinator, history] = id
				? await Promise.all([data.coordinatorForEdit(id), recordHistory(data, id)])
				: [null, []];
			if (id && !coordinator) error(404, 'Fant ingen koordinator med denne adressen.');
			return {
				coordinator,
				history,
				values: coordinatorValuesOf(coordinator, arrangementId),
				today: today()
			};
		},
		// The answer to a post while the database is down: the form shows what was posted.
		() => ({
			coordinator: null,
			history: [],
			values: coordinatorValuesOf(null, arrangementId),
			today: today()
		})
	);
};

export const actions: Actions = {
	default: async (event) => {
		const { id, arrangementId } = target(event.params, event.url);
		return saveEntity(event, {
			what: 'a coordinator',
			fields: COORDINATOR_MERGE_FIELDS,
			read: (form) => readCoordinatorForm(form, id, arrangementId, today()),
			valuesOf: (current: CoordinatorForEdit, values: CoordinatorFormValues) => ({
				...coordinatorValuesOf(current, arrangementId),
				role: values.role
			}),
			async save(attempt, data) {
				const checked = checkCoordinator(attempt, today());
				if (checked.errors) return { status: 'invalid', errors: checked.errors as CoordinatorErrors };
				return data.saveCoordinator(checked.input);
			},
			refusal: (cause) => coordinatorRefusal(cause.code, cause.constraint),
			notFound: 'Koordinatoren finnes ikke lenger.',
			savedAt: (saved) => `/admin/koordinatorer/${saved}?lagret=1`
		});
	}
};
