// The arrangement form: reading and checking what was posted, with a message per field in Norwegian, and
// turning the database's refusals (named constraints) into messages on the right field. The database checks
// the same rules again; this is for clear messages.
import type { ArrangementForEdit, ArrangementInput } from '$lib/server/staff-data';
import { controlCharacterMessage, printableColumn, PRINTABLE_REFUSAL } from './printable.ts';

export type ArrangementField =
	| 'name'
	| 'host_kommunenummer'
	| 'members'
	| 'started_on'
	| 'ended_on'
	| 'cofunding_start_year'
	| 'position_percent'
	| 'notes'
	| 'effective'
	| 'form';

/** What the form shows: the posted text as it was typed, so that nothing is lost when it is refused. */
export interface ArrangementFormValues {
	id: string | null;
	version: string;
	name: string;
	host_kommunenummer: string;
	members: string[];
	started_on: string;
	ended_on: string;
	cofunding_start_year: string;
	position_percent: string;
	notes: string;
	effective: string;
}

export type FieldErrors = Partial<Record<ArrangementField, string>>;

/** The stored fields, merged one by one when a colleague saved in between (see merge.ts), with their labels. */
export const ARRANGEMENT_MERGE_FIELDS = [
	'name',
	'host_kommunenummer',
	'members',
	'started_on',
	'ended_on',
	'cofunding_start_year',
	'position_percent',
	'notes'
] as const;
export type ArrangementMergeField = (typeof ARRANGEMENT_MERGE_FIELDS)[number];
export const ARRANGEMENT_LABELS: Record<ArrangementMergeField, string> = {
	name: 'Navn',
	host_kommunenummer: 'Vertskommune',
	members: 'Kommuner',
	started_on: 'Startdato',
	ended_on: 'Sluttdato',
	cofunding_start_year: 'Første år med samfinansiering',
	position_percent: 'Stillingsprosent',
	notes: 'Notat'
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written as åååå-mm-dd (2021-02-30 is not). */
export function validDate(text: string): boolean {
	if (!DATE.test(text)) return false;
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

export function formValuesOf(arrangement: ArrangementForEdit | null, today: string): ArrangementFormValues {
	return {
		id: arrangement?.id ?? null,
		version: arrangement ? String(arrangement.version) : '',
		name: arrangement?.name ?? '',
		host_kommunenummer: arrangement?.host_kommunenummer ?? '',
		members: arrangement?.members ?? [],
		started_on: arrangement?.started_on ?? today,
		ended_on: arrangement?.ended_on ?? '',
		cofunding_start_year: arrangement?.cofunding_start_year?.toString() ?? '',
		position_percent: arrangement?.position_percent?.toString().replace('.', ',') ?? '',
		notes: arrangement?.notes ?? '',
		effective: today
	};
}

export function readArrangementForm(form: FormData, id: string | null): ArrangementFormValues {
	const text = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : '';
	};
	return {
		id,
		version: text('version'),
		name: text('name'),
		host_kommunenummer: text('host_kommunenummer'),
		members: form.getAll('members').filter((v): v is string => typeof v === 'string'),
		started_on: text('started_on').trim(),
		ended_on: text('ended_on').trim(),
		cofunding_start_year: text('cofunding_start_year').trim(),
		position_percent: text('position_percent').trim(),
		notes: text('notes'),
		effective: text('effective').trim()
	};
}

/** Checks the values; returns the input for the database, or the errors. */
export function checkArrangement(
	values: ArrangementFormValues,
	knownMunicipalities: Set<string>
): { input: ArrangementInput; errors?: undefined } | { input?: undefined; errors: FieldErrors } {
	const errors: FieldErrors = {};
	const name = values.name.trim();
	if (!name) errors.name = 'Skriv inn et navn på ordningen.';
	else if (name.length > 200) errors.name = 'Navnet kan være høyst 200 tegn.';

	const members = [...new Set(values.members)];
	const unknown = members.filter((k) => !knownMunicipalities.has(k));
	if (members.length === 0) errors.members = 'Velg minst én kommune.';
	else if (unknown.length > 0) errors.members = `Ukjent kommunenummer: ${unknown.join(', ')}.`;

	if (!values.host_kommunenummer) errors.host_kommunenummer = 'Velg vertskommunen.';
	else if (!members.includes(values.host_kommunenummer))
		errors.host_kommunenummer = 'Vertskommunen må være en av kommunene i ordningen.';

	if (!validDate(values.started_on)) errors.started_on = 'Skriv en gyldig dato (åååå-mm-dd).';
	else if (values.started_on < '2000-01-01' || values.started_on > '2100-12-31')
		errors.started_on = 'Datoen må være mellom år 2000 og 2100.';
	if (values.ended_on) {
		if (!validDate(values.ended_on))
			errors.ended_on = 'Skriv en gyldig dato (åååå-mm-dd), eller la feltet stå tomt.';
		else if (validDate(values.started_on) && values.ended_on < values.started_on)
			errors.ended_on = 'Sluttdatoen kan ikke være før startdatoen.';
	}

	let cofunding: number | null = null;
	if (values.cofunding_start_year) {
		cofunding = /^\d{4}$/.test(values.cofunding_start_year) ? Number(values.cofunding_start_year) : NaN;
		if (!Number.isInteger(cofunding) || cofunding < 2012 || cofunding > 2100)
			errors.cofunding_start_year =
				'Skriv et årstall fra 2012 (da ordningen startet), eller la feltet stå tomt.';
		else if (values.ended_on && validDate(values.ended_on) && cofunding > Number(values.ended_on.slice(0, 4)))
			errors.cofunding_start_year = 'Samfinansieringen kan ikke starte etter at ordningen er avsluttet.';
	}

	let percent: number | null = null;
	if (values.position_percent) {
		percent = /^\d{1,4}([.,]\d)?$/.test(values.position_percent)
			? Number(values.position_percent.replace(',', '.'))
			: NaN;
		if (Number.isNaN(percent) || percent <= 0 || percent > 1000)
			errors.position_percent = 'Skriv stillingsprosenten som et tall over 0, for eksempel 50 eller 80,5.';
	}

	if (values.notes.length > 4000) errors.notes = 'Notatet kan være høyst 4000 tegn.';
	for (const field of ['name', 'notes'] as const) {
		const message = controlCharacterMessage(values[field], field === 'notes');
		if (message) errors[field] ??= message;
	}
	if (values.id && !validDate(values.effective)) errors.effective = 'Skriv en gyldig dato (åååå-mm-dd).';

	const version = values.version ? Number(values.version) : null;
	if (values.id && (!Number.isInteger(version) || (version ?? 0) < 1))
		errors.form = 'Skjemaet mangler versjonen det ble åpnet med. Last siden på nytt.';

	if (Object.keys(errors).length > 0) return { errors };
	return {
		input: {
			id: values.id,
			version,
			name,
			host_kommunenummer: values.host_kommunenummer,
			started_on: values.started_on,
			ended_on: values.ended_on || null,
			cofunding_start_year: cofunding,
			position_percent: percent,
			notes: values.notes.trim() || null,
			members,
			effective: values.id ? values.effective : values.started_on
		}
	};
}

/** The field a database refusal is about, and what to say. */
export function refusalMessage(
	code: string,
	constraint: string | null
): { field: ArrangementField; message: string } {
	const column = printableColumn('arrangement', constraint);
	if (column === 'name' || column === 'notes') return { field: column, message: PRINTABLE_REFUSAL };
	switch (constraint) {
		case 'arrangement_member_no_overlap':
			return {
				field: 'members',
				message:
					'En av kommunene er allerede med i en annen ordning i denne perioden. Avslutt den andre først.'
			};
		case 'arrangement_member_within_arrangement':
			return {
				field: 'started_on',
				message: 'Medlemskapene må ligge innenfor ordningens periode. Sjekk start- og sluttdato.'
			};
		case 'arrangement_host_is_member':
			return { field: 'host_kommunenummer', message: 'Vertskommunen må være en av kommunene i ordningen.' };
		case 'arrangement_has_members':
			return { field: 'members', message: 'Velg minst én kommune.' };
		case 'arrangement_check':
			return { field: 'ended_on', message: 'Sluttdatoen kan ikke være før startdatoen.' };
		case 'arrangement_check1':
		case 'arrangement_cofunding_start_year_check':
			return {
				field: 'cofunding_start_year',
				message: 'Samfinansieringsåret passer ikke med ordningens periode.'
			};
		case 'arrangement_position_percent_check':
			return { field: 'position_percent', message: 'Stillingsprosenten må være over 0 og høyst 1000.' };
	}
	if (code === '42501')
		return { field: 'form', message: 'Du har ikke lov til å endre dette. Be en administrator om tilgang.' };
	return { field: 'form', message: 'Databasen godtok ikke endringen. Sjekk feltene og prøv igjen.' };
}
