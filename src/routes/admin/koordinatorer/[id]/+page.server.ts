import { error } from '@sveltejs/kit';
import { requireStaff, unlessDownAfterPost, DATABASE_DOWN } from '$lib/server/staff-guard';
import { isUnavailable, type CoordinatorForEdit } from '$lib/server/staff-data';
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

export const load: PageServerLoad = ({ locals, url, params, request }) => {
	const { id, arrangementId } = target(params, url);
	return unlessDownAfterPost(
		request,
		() => loadCoordinator(locals, url, id, arrangementId),
		// The answer to a post while the database is down: the form shows what was posted.
		() => ({
			coordinator: null,
			history: [],
			values: coordinatorValuesOf(null, arrangementId),
			today: today(),
			unavailable: true
		})
	);
};

async function loadCoordinator(
	locals: App.Locals,
	url: URL,
	id: string | null,
	arrangementId: string | null
) {
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
	return {
		coordinator,
		history,
		values: coordinatorValuesOf(coordinator, arrangementId),
		today: today(),
		unavailable: false
	};
}

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
