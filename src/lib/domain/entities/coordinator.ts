// A coordinator: a person and their contact details (SQL public.coordinator), and their place in an
// arrangement as primary coordinator or deputy (SQL public.arrangement_coordinator).
import type { Entity } from '../entity.ts';
import { arrangementField, FIRST_DATE, ID, nameField, phoneField } from './shared.ts';

export type CoordinatorColumn =
	'id' | 'full_name' | 'title' | 'phone' | 'email' | 'office_address' | 'office_hours' | 'verified_at';

export const COORDINATOR: Entity<CoordinatorColumn> = {
	table: 'coordinator',
	label: 'Koordinatorer',
	fields: [
		ID,
		nameField('coordinator', 'full_name', ['navn', 'fullt navn'], 'Skriv inn navnet til koordinatoren.'),
		{
			name: 'title',
			label: 'Tittel',
			kind: 'text',
			max: 200,
			noun: 'Tittelen',
			aliases: ['tittel', 'stilling'],
			constraints: ['coordinator_title_length', 'coordinator_title_printable']
		},
		phoneField('coordinator', ['telefon', 'tlf', 'mobil']),
		{
			name: 'email',
			label: 'E-post',
			kind: 'email',
			aliases: ['e-post', 'epost', 'e-mail'],
			constraints: ['coordinator_email_format', 'coordinator_email_printable']
		},
		{
			name: 'office_address',
			label: 'Kontoradresse',
			kind: 'text',
			max: 300,
			noun: 'Adressen',
			aliases: ['kontoradresse', 'adresse'],
			constraints: ['coordinator_office_address_length', 'coordinator_office_address_printable']
		},
		{
			name: 'office_hours',
			label: 'Kontortid',
			kind: 'text',
			max: 300,
			noun: 'Kontortiden',
			aliases: ['kontortid', 'treffetid'],
			constraints: ['coordinator_office_hours_length', 'coordinator_office_hours_printable']
		},
		{
			name: 'verified_at',
			label: 'Sist bekreftet',
			kind: 'date',
			// A contact cannot have been verified before the register existed, nor later than today (in Norway).
			range: [FIRST_DATE, 'today'],
			aliases: ['bekreftet', 'sist bekreftet'],
			constraints: ['coordinator_verified_at_range']
		}
	],
	rules: {
		coordinator_pkey: { field: 'form', message: 'Koordinatoren finnes allerede.' }
	}
};

/**
 * The form asks for a phone number or an e-mail address. Not a database rule: an import may bring a coordinator
 * without contacts, to be completed later.
 */
export const COORDINATOR_UNREACHABLE = 'Oppgi minst ett av telefonnummer og e-postadresse.';

export type CoordinatorLinkColumn = 'id' | 'arrangement_id' | 'coordinator_id' | 'role';

export const COORDINATOR_ROLES = { primary: ['hovedkoordinator'], deputy: ['stedfortreder'] };

export const COORDINATOR_LINK: Entity<CoordinatorLinkColumn> = {
	table: 'arrangement_coordinator',
	label: 'Koordinatorer i ordninger',
	fields: [
		ID,
		arrangementField('arrangement_coordinator', true),
		{
			name: 'coordinator_id',
			label: 'Koordinator',
			kind: 'uuid',
			required: true,
			aliases: ['koordinator'],
			constraints: ['arrangement_coordinator_coordinator_id_fkey']
		},
		{
			name: 'role',
			label: 'Rolle',
			kind: 'choice',
			required: true,
			choices: COORDINATOR_ROLES,
			noun: 'en rolle',
			aliases: ['rolle'],
			say: {
				required: 'Velg koordinator eller stedfortreder.',
				format: 'Velg koordinator eller stedfortreder.'
			},
			constraints: ['arrangement_coordinator_role_known']
		}
	],
	rules: {
		// A unique index, not a table constraint; PostgreSQL names it as the constraint all the same.
		arrangement_coordinator_one_primary: {
			field: 'role',
			message: 'Ordningen har allerede en koordinator. Legg til denne som stedfortreder.'
		},
		arrangement_coordinator_arrangement_id_coordinator_id_key: {
			field: 'coordinator_id',
			message: 'Koordinatoren er allerede med i ordningen.'
		},
		arrangement_coordinator_pkey: { field: 'form', message: 'Koblingen finnes allerede.' }
	}
};
