// A local service (SQL public.service): palliative unit, healthy-life centre and so on, of one municipality or
// one arrangement.
import type { Entity } from '../entity.ts';
import { arrangementField, ID, nameField, phoneField } from './shared.ts';

export type ServiceColumn =
	'id' | 'category' | 'name' | 'description' | 'url' | 'phone' | 'kommunenummer' | 'arrangement_id';

export const SERVICE: Entity<ServiceColumn> = {
	table: 'service',
	label: 'Lokale tilbud',
	fields: [
		ID,
		{
			name: 'category',
			label: 'Kategori',
			kind: 'category',
			required: true,
			aliases: ['kategori'],
			say: { required: 'Velg hva slags tilbud det er.' },
			constraints: ['service_category_fkey']
		},
		nameField('service', 'name', ['navn', 'tilbud'], 'Skriv inn navnet på tilbudet.'),
		{
			name: 'description',
			label: 'Beskrivelse',
			kind: 'text',
			max: 2000,
			multiline: true,
			noun: 'Beskrivelsen',
			aliases: ['beskrivelse'],
			constraints: ['service_description_length', 'service_description_printable']
		},
		{
			name: 'url',
			label: 'Nettside',
			kind: 'url',
			max: 500,
			aliases: ['nettside', 'lenke'],
			constraints: ['service_url_format', 'service_url_length', 'service_url_printable']
		},
		phoneField('service', ['telefon']),
		{
			name: 'kommunenummer',
			label: 'Kommune',
			kind: 'kommunenummer',
			aliases: ['kommune'],
			constraints: ['service_kommunenummer_fkey']
		},
		arrangementField('service', false)
	],
	rules: {
		service_one_owner: {
			field: 'kommunenummer',
			message: 'Et tilbud hører til enten en kommune eller en ordning (fyll ut én av dem).'
		},
		service_pkey: { field: 'form', message: 'Tilbudet finnes allerede.' }
	},
	// Only on a row that has both (a form checking its typed fields has neither: the owner comes from the page).
	crossCheck: (row) =>
		'kommunenummer' in row &&
		'arrangement_id' in row &&
		(row.kommunenummer == null) === (row.arrangement_id == null)
			? ['service_one_owner']
			: []
};
