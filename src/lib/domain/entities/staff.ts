// A staff member and their role (SQL public.staff, and public.staff_invitation for someone invited before
// their first sign-in). editor: programme data; admin: also staff accounts.
import type { Entity } from '../entity.ts';

export type StaffColumn = 'email' | 'display_name' | 'role';

export const STAFF_ROLES = { editor: ['redaktør'], admin: ['administrator'] };

const email = {
	name: 'email',
	label: 'E-post',
	kind: 'email',
	required: true,
	say: { required: 'Skriv en gyldig e-postadresse.', format: 'Skriv en gyldig e-postadresse.' }
} as const;
const role = {
	name: 'role',
	label: 'Rolle',
	kind: 'choice',
	required: true,
	choices: STAFF_ROLES,
	noun: 'en rolle',
	say: { required: 'Velg en rolle.', format: 'Velg en rolle.' }
} as const;

export const STAFF: Entity<StaffColumn> = {
	table: 'staff',
	label: 'Ansatte',
	fields: [
		{ ...email, constraints: ['staff_email_format'] },
		{
			name: 'display_name',
			label: 'Navn',
			kind: 'text',
			constraints: ['staff_display_name_printable']
		},
		{ ...role, constraints: ['staff_role_known'] }
	],
	rules: {
		staff_email_key: { field: 'email', message: 'Personen har allerede tilgang.' },
		staff_pkey: { field: 'form', message: 'Personen har allerede tilgang.' },
		// Raised by a trigger (supabase/migrations/*_staff_admin.sql).
		staff_last_admin: { field: 'role', message: 'Det må alltid være minst én administrator.' }
	}
};

export const STAFF_INVITATION: Entity<'email' | 'role'> = {
	table: 'staff_invitation',
	label: 'Invitasjoner',
	fields: [
		{ ...email, constraints: ['staff_invitation_email_format'] },
		{ ...role, constraints: ['staff_invitation_role_known'] }
	],
	rules: { staff_invitation_pkey: { field: 'email', message: 'Personen er allerede invitert.' } }
};
