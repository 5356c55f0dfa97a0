// A membership: a municipality in an arrangement for a period (SQL public.arrangement_member). A municipality
// is in at most one arrangement on any date (arrangement_member_no_overlap).
import type { Entity } from '../entity.ts';
import { arrangementField, ID, PROGRAMME_DATES } from './shared.ts';

export type MembershipColumn = 'id' | 'arrangement_id' | 'kommunenummer' | 'valid_from' | 'valid_to';

export const MEMBERSHIP: Entity<MembershipColumn> = {
	table: 'arrangement_member',
	label: 'Medlemskommuner',
	fields: [
		ID,
		arrangementField('arrangement_member', true),
		{
			name: 'kommunenummer',
			label: 'Kommune',
			kind: 'kommunenummer',
			required: true,
			aliases: ['kommune'],
			constraints: ['arrangement_member_kommunenummer_fkey']
		},
		{
			name: 'valid_from',
			label: 'Fra',
			kind: 'date',
			required: true,
			range: PROGRAMME_DATES,
			aliases: ['fra'],
			constraints: ['arrangement_member_valid_from_range']
		},
		{
			name: 'valid_to',
			label: 'Til',
			kind: 'date',
			range: PROGRAMME_DATES,
			aliases: ['til'],
			constraints: ['arrangement_member_valid_to_range']
		}
	],
	rules: {
		arrangement_member_dates_ordered: {
			field: 'valid_to',
			message: 'Medlemskapet kan ikke slutte før det begynner.'
		},
		arrangement_member_no_overlap: {
			field: 'kommunenummer',
			message: 'En av kommunene er allerede med i en annen ordning i denne perioden. Avslutt den andre først.'
		},
		// Raised by a trigger (supabase/migrations/*_programme_data.sql).
		arrangement_member_within_arrangement: {
			field: 'valid_from',
			message: 'Medlemskapene må ligge innenfor ordningens periode. Sjekk start- og sluttdato.'
		},
		arrangement_member_pkey: { field: 'form', message: 'Medlemskapet finnes allerede.' }
	},
	crossCheck: ({ valid_from, valid_to }) =>
		valid_from && valid_to && valid_to < valid_from ? ['arrangement_member_dates_ordered'] : []
};
