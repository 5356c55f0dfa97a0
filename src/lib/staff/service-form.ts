// The service form: a local service of a municipality or an arrangement, by the service's rules
// (src/lib/domain/entities/service.ts, the database's own), a message per field in Norwegian, and the posted
// text kept as typed.
import type { ServiceForEdit, ServiceInput } from '$lib/server/staff-data';
import { checkFields } from '$lib/domain/check';
import { refusal } from '$lib/domain/entity';
import { SERVICE } from '$lib/domain/entities';
import { today } from '$lib/domain/ids';
import { checkedOf, postedText, postedVersion, textOf } from './form-post.ts';
import { SERVICE_MERGE_FIELDS, type ServiceMergeField } from './service-merge.ts';

export type ServiceField = 'category' | 'name' | 'description' | 'url' | 'phone' | 'form';
export type ServiceErrors = Partial<Record<ServiceField, string>>;

export interface ServiceFormValues {
	id: string | null;
	version: string;
	kommunenummer: string | null;
	arrangement_id: string | null;
	category: string;
	name: string;
	description: string;
	url: string;
	phone: string;
}

export function serviceValuesOf(
	service: ServiceForEdit | null,
	owner: { kommunenummer: string | null; arrangement_id: string | null }
): ServiceFormValues {
	return {
		id: service?.id ?? null,
		version: service ? String(service.version) : '',
		kommunenummer: service ? service.kommunenummer : owner.kommunenummer,
		arrangement_id: service ? service.arrangement_id : owner.arrangement_id,
		category: service?.category ?? '',
		name: service?.name ?? '',
		description: service?.description ?? '',
		url: service?.url ?? '',
		phone: service?.phone ?? ''
	};
}

export function readServiceForm(form: FormData, base: ServiceFormValues): ServiceFormValues {
	const text = postedText(form);
	return {
		...base,
		version: text('version') || base.version,
		category: text('category'),
		name: text('name'),
		description: text('description'),
		url: text('url'),
		phone: text('phone')
	};
}

export function checkService(
	values: ServiceFormValues,
	categories: string[]
): { input: ServiceInput; errors?: undefined } | { input?: undefined; errors: ServiceErrors } {
	const checked = checkFields(SERVICE, textOf(values, SERVICE_MERGE_FIELDS), {
		categories: new Set(categories),
		today: today()
	});
	const errors: ServiceErrors = checked.errors;
	const { version, error: versionError } = postedVersion(values);
	if (versionError) errors.form = versionError;
	// The owner is not typed but given by the page the form was opened from.
	const owner = SERVICE.crossCheck!({
		kommunenummer: values.kommunenummer,
		arrangement_id: values.arrangement_id
	});
	if (owner.length) errors.form = SERVICE.rules.service_one_owner.message;
	if (Object.keys(errors).length > 0) return { errors };
	return {
		input: {
			id: values.id,
			version,
			...checkedOf<Pick<ServiceInput, ServiceMergeField>>(checked.values, SERVICE_MERGE_FIELDS),
			kommunenummer: values.kommunenummer,
			arrangement_id: values.arrangement_id
		}
	};
}

/** A database refusal as a message by the field it is about, by the constraint's name (src/lib/domain). */
export function serviceRefusal(
	code: string,
	constraint: string | null
): { field: ServiceField; message: string } {
	const { field, message } = refusal(SERVICE, code, constraint);
	const onForm = field === 'kommunenummer' || field === 'arrangement_id' || field === 'id';
	return { field: onForm ? 'form' : field, message };
}
