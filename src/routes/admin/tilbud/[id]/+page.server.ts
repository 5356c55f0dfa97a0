import { error, fail, redirect } from '@sveltejs/kit';
import { staffForAction, staffPage, DATABASE_DOWN } from '$lib/server/staff-guard';
import { isUnavailable, type ServiceForEdit } from '$lib/server/staff-data';
import { DatabaseRefusal } from '$lib/server/db/transport';
import { publicState, snapshotStore } from '$lib/server/public-data';
import {
	checkService,
	readServiceForm,
	serviceRefusal,
	serviceValuesOf,
	type ServiceErrors
} from '$lib/staff/service-form';
import { SERVICE_MERGE_FIELDS } from '$lib/staff/service-merge';
import { saveEntity, type StaffData } from '$lib/server/save-entity';
import { recordHistory } from '$lib/server/history';
import { isKommunenummer, UUID } from '$lib/domain/ids';
import type { Actions, PageServerLoad } from './$types';

/** The service's id, or null for a new one (for a municipality, ?kommune=, or an arrangement, ?ordning=). */
function target(params: { id: string }, url: URL) {
	if (params.id === 'ny') {
		const kommunenummer = url.searchParams.get('kommune');
		const arrangementId = url.searchParams.get('ordning');
		if (kommunenummer && isKommunenummer(kommunenummer))
			return { id: null, owner: { kommunenummer, arrangement_id: null } };
		if (arrangementId && UUID.test(arrangementId))
			return { id: null, owner: { kommunenummer: null, arrangement_id: arrangementId } };
		error(400, 'Velg kommunen eller ordningen tilbudet hører til.');
	}
	if (!UUID.test(params.id)) error(404, 'Fant ikke tilbudet.');
	return { id: params.id, owner: { kommunenummer: null, arrangement_id: null } };
}

async function loadService(data: StaffData, id: string | null) {
	try {
		const [service, categories, history] = await Promise.all([
			id ? data.serviceForEdit(id) : Promise.resolve(null),
			data.serviceCategories(),
			id ? recordHistory(data, id) : Promise.resolve([])
		]);
		return { service, categories, history };
	} catch (cause) {
		if (isUnavailable(cause)) error(503, DATABASE_DOWN);
		throw cause;
	}
}

export const load: PageServerLoad = (event) => {
	const { id, owner } = target(event.params, event.url);
	return staffPage(
		event,
		async ({ data }) => {
			const { service, categories, history } = await loadService(data, id);
			if (id && !service) error(404, 'Fant ikke tilbudet. Det kan være slettet.');
			return {
				service,
				categories,
				history,
				values: serviceValuesOf(service, owner),
				ownerName: service ? service.owner_name : await newOwnerName(data, owner)
			};
		},
		// The answer to a post while the database is down: the form shows what was posted (the categories are
		// not known then; the page keeps the one chosen).
		() => ({
			service: null,
			categories: [],
			history: [],
			values: serviceValuesOf(null, owner),
			ownerName: ''
		})
	);
};

/** The name of the municipality or arrangement a new service is for (a clear 404 when there is none). */
async function newOwnerName(
	data: StaffData,
	owner: { kommunenummer: string | null; arrangement_id: string | null }
): Promise<string> {
	if (owner.kommunenummer) {
		const { snapshot } = await publicState();
		const municipality = snapshot.data.map.municipalities.find(
			(mu) => mu.kommunenummer === owner.kommunenummer
		);
		if (!municipality) error(404, `Fant ingen kommune med nummer ${owner.kommunenummer}.`);
		return municipality.name;
	}
	const arrangement = await data.arrangementForEdit(owner.arrangement_id!);
	if (!arrangement) error(404, 'Fant ikke ordningen tilbudet skulle høre til. Den kan være slettet.');
	return arrangement.name;
}

/** Where to go after saving or deleting: the arrangement's page when the service came from there. */
function backTo(url: URL, fallback: string): string {
	const back = url.searchParams.get('tilbake');
	return back && /^\/admin\/ordninger\/[0-9a-f-]{36}$/.test(back) ? back : fallback;
}

export const actions: Actions = {
	save: async (event) => {
		const { id, owner } = target(event.params, event.url);
		let categories: string[] = [];
		return saveEntity(event, {
			what: 'a service',
			fields: SERVICE_MERGE_FIELDS,
			async read(form, data) {
				if (!data) return readServiceForm(form, serviceValuesOf(null, owner));
				const loaded = await loadService(data, id);
				if (id && !loaded.service) error(404, 'Fant ikke tilbudet. Det kan være slettet.');
				categories = loaded.categories.map((c) => c.id);
				return readServiceForm(form, serviceValuesOf(loaded.service, owner));
			},
			valuesOf: (current: ServiceForEdit) => serviceValuesOf(current, owner),
			async save(attempt, data) {
				const checked = checkService(attempt, categories);
				if (checked.errors) return { status: 'invalid', errors: checked.errors };
				return data.saveService(checked.input);
			},
			refusal: (cause) => serviceRefusal(cause.code, cause.constraint),
			notFound: 'Tilbudet finnes ikke lenger.',
			savedAt(saved) {
				const back = backTo(event.url, '');
				return back ? `${back}?tilbud=lagret` : `/admin/tilbud/${saved}?lagret=1`;
			}
		});
	},

	delete: async ({ locals, url, params, request }) => {
		const { id } = target(params, url);
		if (!id) error(400, 'Et nytt tilbud kan ikke slettes.');
		// Staff first, before anything in the request is read.
		const staff = await staffForAction(locals, url);
		const form = await request.formData();
		const service = staff ? (await loadService(staff.data, id)).service : null;
		const values = readServiceForm(
			form,
			serviceValuesOf(service, { kommunenummer: null, arrangement_id: null })
		);
		if (!staff) return fail(503, { values, errors: { form: DATABASE_DOWN } as ServiceErrors });
		try {
			const result = await staff.data.deleteService(id, Number(form.get('version')));
			if (result.status === 'conflict')
				// The colleague's version, to look over before deleting it.
				return fail(409, {
					values: serviceValuesOf(result.current, { kommunenummer: null, arrangement_id: null }),
					errors: {
						form: 'Noen andre har endret tilbudet siden du åpnet det, så det er ikke slettet. Se over og prøv igjen.'
					} as ServiceErrors
				});
		} catch (cause) {
			if (cause instanceof DatabaseRefusal) {
				const { field, message } = serviceRefusal(cause.code, cause.constraint);
				return fail(422, { values, errors: { [field]: message } as ServiceErrors });
			}
			if (isUnavailable(cause))
				return fail(503, { values, errors: { form: DATABASE_DOWN } as ServiceErrors });
			throw cause;
		}
		snapshotStore().invalidate();
		redirect(303, `${backTo(url, '/admin')}?tilbud=slettet`);
	}
};
