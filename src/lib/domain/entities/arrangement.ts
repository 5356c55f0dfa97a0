// An arrangement: one coordinator offer (SQL public.arrangement). Own = one member municipality;
// inter-municipal = several (the members are memberships, membership.ts).
import type { Entity } from '../entity.ts';
import { ID, nameField, PROGRAMME_DATES } from './shared.ts';

export type ArrangementColumn =
	| 'id'
	| 'name'
	| 'host_kommunenummer'
	| 'started_on'
	| 'ended_on'
	| 'cofunding_start_year'
	| 'position_percent'
	| 'notes';

export const ARRANGEMENT: Entity<ArrangementColumn | 'members'> = {
	table: 'arrangement',
	label: 'Ordninger',
	fields: [
		ID,
		nameField('arrangement', 'name', ['navn', 'ordning'], 'Skriv inn et navn på ordningen.'),
		{
			name: 'host_kommunenummer',
			label: 'Vertskommune',
			kind: 'kommunenummer',
			required: true,
			aliases: ['vertskommune'],
			say: { required: 'Velg vertskommunen.' },
			constraints: ['arrangement_host_kommunenummer_fkey']
		},
		{
			name: 'started_on',
			label: 'Startdato',
			kind: 'date',
			required: true,
			range: PROGRAMME_DATES,
			aliases: ['startet', 'start'],
			constraints: ['arrangement_started_on_range']
		},
		{
			name: 'ended_on',
			label: 'Sluttdato',
			kind: 'date',
			range: PROGRAMME_DATES,
			aliases: ['avsluttet', 'slutt'],
			constraints: ['arrangement_ended_on_range']
		},
		{
			name: 'cofunding_start_year',
			label: 'Første år med samfinansiering',
			kind: 'year',
			// 2012: the year the Cancer Society's co-funding began.
			range: [2012, 2100],
			aliases: ['samfinansiert fra', 'samfinansiering fra'],
			say: {
				format: 'Skriv et årstall fra 2012 (da ordningen startet), eller la feltet stå tomt.',
				too_early: 'Skriv et årstall fra 2012 (da ordningen startet), eller la feltet stå tomt.',
				too_late: 'Skriv et årstall fra 2012 (da ordningen startet) til 2100, eller la feltet stå tomt.'
			},
			constraints: ['arrangement_cofunding_start_year_range']
		},
		{
			name: 'position_percent',
			label: 'Stillingsprosent',
			kind: 'percent',
			aliases: ['stillingsprosent'],
			constraints: ['arrangement_position_percent_range']
		},
		{
			name: 'notes',
			label: 'Notat',
			kind: 'text',
			max: 4000,
			multiline: true,
			noun: 'Notatet',
			aliases: ['notater', 'merknad'],
			constraints: ['arrangement_notes_length', 'arrangement_notes_printable']
		}
	],
	rules: {
		arrangement_dates_ordered: { field: 'ended_on', message: 'Sluttdatoen kan ikke være før startdatoen.' },
		arrangement_cofunding_within_period: {
			field: 'cofunding_start_year',
			message: 'Samfinansieringen kan ikke starte etter at ordningen er avsluttet.'
		},
		// Raised by save_arrangement (supabase/migrations/*_editing.sql).
		arrangement_has_members: { field: 'members', message: 'Velg minst én kommune.' },
		arrangement_host_is_member: {
			field: 'host_kommunenummer',
			message: 'Vertskommunen må være en av kommunene i ordningen.'
		},
		arrangement_pkey: { field: 'form', message: 'Ordningen finnes allerede.' }
	},
	crossCheck: (row) => {
		const broken: string[] = [];
		const { started_on, ended_on, cofunding_start_year } = row;
		if (started_on && ended_on && ended_on < started_on) broken.push('arrangement_dates_ordered');
		if (
			cofunding_start_year &&
			ended_on &&
			Number(cofunding_start_year) > Number(String(ended_on).slice(0, 4))
		)
			broken.push('arrangement_cofunding_within_period');
		return broken;
	}
};
