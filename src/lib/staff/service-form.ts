// The service form: a local service of a municipality or an arrangement, with the database's rules (http(s)
// links, Norwegian phone numbers, lengths), a message per field in Norwegian, and the posted text kept as typed.
import type { ServiceForEdit, ServiceInput } from '$lib/server/staff-data';
import { NORWEGIAN_PHONE } from './coordinator-form.ts';
import { controlCharacterMessage, printableColumn, PRINTABLE_REFUSAL } from './printable.ts';

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
	const text = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : '';
	};
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
	const errors: ServiceErrors = {};
	if (!categories.includes(values.category)) errors.category = 'Velg hva slags tilbud det er.';
	const name = values.name.trim();
	if (!name) errors.name = 'Skriv inn navnet på tilbudet.';
	else if (name.length > 200) errors.name = 'Navnet kan være høyst 200 tegn.';
	if (values.description.length > 2000) errors.description = 'Beskrivelsen kan være høyst 2000 tegn.';
	const url = values.url.trim();
	if (url && (!/^https?:\/\/[^\s]+$/i.test(url) || url.length > 500))
		errors.url = 'Skriv en hel nettadresse som begynner med https://, for eksempel https://kommune.no/kreft.';
	const phone = values.phone.trim();
	if (phone && !NORWEGIAN_PHONE.test(phone))
		errors.phone = 'Skriv et norsk telefonnummer med åtte sifre, for eksempel 22 12 34 56.';
	for (const field of ['name', 'description', 'url'] as const) {
		const message = controlCharacterMessage(values[field], field === 'description');
		if (message) errors[field] ??= message;
	}
	const version = values.version ? Number(values.version) : null;
	if (values.id && !Number.isInteger(version))
		errors.form = 'Skjemaet mangler versjonen. Last siden på nytt.';
	if ((values.kommunenummer === null) === (values.arrangement_id === null))
		errors.form = 'Et tilbud hører til enten en kommune eller en ordning.';
	if (Object.keys(errors).length > 0) return { errors };
	return {
		input: {
			id: values.id,
			version,
			category: values.category,
			name,
			description: values.description.trim() || null,
			url: url || null,
			phone: phone || null,
			kommunenummer: values.kommunenummer,
			arrangement_id: values.arrangement_id
		}
	};
}

/** A database refusal as a message by the field it is about. */
export function serviceRefusal(
	code: string,
	constraint: string | null
): { field: ServiceField; message: string } {
	const column = printableColumn('service', constraint) as ServiceField | null;
	if (column) return { field: column, message: PRINTABLE_REFUSAL };
	if (constraint === 'service_url_check') return { field: 'url', message: 'Nettadressen er ikke gyldig.' };
	if (constraint === 'service_phone_check')
		return { field: 'phone', message: 'Telefonnummeret er ikke et gyldig norsk nummer.' };
	if (constraint === 'service_category_fkey') return { field: 'category', message: 'Ukjent kategori.' };
	if (code === '42501') return { field: 'form', message: 'Du har ikke lov til å endre dette.' };
	return { field: 'form', message: 'Databasen avviste endringen. Sjekk feltene og prøv igjen.' };
}
