// The coordinator form: contact details with the same rules as the database (Norwegian phone numbers, e-mail
// addresses), a message per field in Norwegian, and the posted text kept as typed.
import type { CoordinatorForEdit, CoordinatorInput } from '$lib/server/staff-data';
import { validDate } from './arrangement-form.ts';
import { controlCharacterMessage, printableColumn, PRINTABLE_REFUSAL } from './printable.ts';

export type CoordinatorField =
	| 'full_name'
	| 'title'
	| 'phone'
	| 'email'
	| 'office_address'
	| 'office_hours'
	| 'verified_at'
	| 'role'
	| 'form';

export interface CoordinatorFormValues {
	id: string | null;
	version: string;
	arrangement_id: string | null;
	role: string;
	full_name: string;
	title: string;
	phone: string;
	email: string;
	office_address: string;
	office_hours: string;
	verified_at: string;
}

export type CoordinatorErrors = Partial<Record<CoordinatorField, string>>;

/** The stored fields, merged one by one when a colleague saved in between (see merge.ts), with their labels. */
export const COORDINATOR_MERGE_FIELDS = [
	'full_name',
	'title',
	'phone',
	'email',
	'office_address',
	'office_hours',
	'verified_at'
] as const;
export type CoordinatorMergeField = (typeof COORDINATOR_MERGE_FIELDS)[number];
export const COORDINATOR_LABELS: Record<CoordinatorMergeField, string> = {
	full_name: 'Navn',
	title: 'Tittel',
	phone: 'Telefon',
	email: 'E-post',
	office_address: 'Kontoradresse',
	office_hours: 'Kontortid',
	verified_at: 'Sist bekreftet'
};

/** The database's rules: eight digits starting with 2–9, optionally after +47 or 0047, spaces allowed. */
export const NORWEGIAN_PHONE = /^(\+47|0047)? ?[2-9]( ?[0-9]){7}$/;
export const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;

export function coordinatorValuesOf(
	c: CoordinatorForEdit | null,
	arrangementId: string | null
): CoordinatorFormValues {
	return {
		id: c?.id ?? null,
		version: c ? String(c.version) : '',
		arrangement_id: arrangementId,
		role: 'primary',
		full_name: c?.full_name ?? '',
		title: c?.title ?? '',
		phone: c?.phone ?? '',
		email: c?.email ?? '',
		office_address: c?.office_address ?? '',
		office_hours: c?.office_hours ?? '',
		verified_at: c?.verified_at ?? ''
	};
}

export function readCoordinatorForm(
	form: FormData,
	id: string | null,
	arrangementId: string | null,
	today: string
) {
	const text = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : '';
	};
	return {
		id,
		version: text('version'),
		arrangement_id: arrangementId,
		role: text('role') || 'primary',
		full_name: text('full_name'),
		title: text('title'),
		phone: text('phone'),
		email: text('email'),
		office_address: text('office_address'),
		office_hours: text('office_hours'),
		// "Verified today" ticks the date to today.
		verified_at: form.get('verified_today') ? today : text('verified_at').trim()
	} satisfies CoordinatorFormValues;
}

export function checkCoordinator(
	values: CoordinatorFormValues,
	today: string
): { input: CoordinatorInput; errors?: undefined } | { input?: undefined; errors: CoordinatorErrors } {
	const errors: CoordinatorErrors = {};
	const name = values.full_name.trim();
	if (!name) errors.full_name = 'Skriv inn navnet til koordinatoren.';
	else if (name.length > 200) errors.full_name = 'Navnet kan være høyst 200 tegn.';
	if (values.title.length > 200) errors.title = 'Tittelen kan være høyst 200 tegn.';
	const phone = values.phone.trim();
	if (phone && !NORWEGIAN_PHONE.test(phone))
		errors.phone =
			'Skriv et norsk telefonnummer med åtte sifre, for eksempel 22 12 34 56 eller +47 912 34 567.';
	const email = values.email.trim();
	if (email && !EMAIL.test(email))
		errors.email = 'Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.';
	if (!phone && !email) errors.phone ??= 'Oppgi minst ett av telefonnummer og e-postadresse.';
	if (values.office_address.length > 300) errors.office_address = 'Adressen kan være høyst 300 tegn.';
	if (values.office_hours.length > 300) errors.office_hours = 'Kontortiden kan være høyst 300 tegn.';
	for (const field of ['full_name', 'title', 'email', 'office_address', 'office_hours'] as const) {
		const message = controlCharacterMessage(values[field]);
		if (message) errors[field] ??= message;
	}
	const verified = values.verified_at;
	if (verified && !validDate(verified)) errors.verified_at = 'Skriv en gyldig dato (åååå-mm-dd).';
	else if (verified && (verified > today || verified < '2000-01-01'))
		errors.verified_at = 'Datoen kan ikke være i fremtiden.';
	if (!['primary', 'deputy'].includes(values.role)) errors.role = 'Velg koordinator eller stedfortreder.';
	const version = values.version ? Number(values.version) : null;
	if (values.id && !Number.isInteger(version))
		errors.form = 'Skjemaet mangler versjonen. Last siden på nytt.';
	if (Object.keys(errors).length > 0) return { errors };
	return {
		input: {
			id: values.id,
			version,
			arrangement_id: values.arrangement_id,
			role: values.role as 'primary' | 'deputy',
			full_name: name,
			title: values.title.trim() || null,
			phone: phone || null,
			email: email || null,
			office_address: values.office_address.trim() || null,
			office_hours: values.office_hours.trim() || null,
			verified_at: verified || null
		}
	};
}

export function coordinatorRefusal(
	code: string,
	constraint: string | null
): { field: CoordinatorField; message: string } {
	const column = printableColumn('coordinator', constraint) as CoordinatorField | null;
	if (column) return { field: column, message: PRINTABLE_REFUSAL };
	if (constraint === 'coordinator_phone_check')
		return { field: 'phone', message: 'Telefonnummeret er ikke et gyldig norsk nummer.' };
	if (constraint === 'coordinator_email_check')
		return { field: 'email', message: 'E-postadressen er ikke gyldig.' };
	if (constraint === 'arrangement_coordinator_one_primary')
		return {
			field: 'role',
			message: 'Ordningen har allerede en koordinator. Legg til denne som stedfortreder.'
		};
	if (code === '42501') return { field: 'form', message: 'Du har ikke lov til å endre dette.' };
	return { field: 'form', message: 'Databasen godtok ikke endringen. Sjekk feltene og prøv igjen.' };
}
