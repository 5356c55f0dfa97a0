// Valid values of each staff form as posted, for the tests of the forms and of the domain rules they read.
import type { ArrangementFormValues } from './arrangement-form.ts';
import type { CoordinatorFormValues } from './coordinator-form.ts';
import type { ServiceFormValues } from './service-form.ts';

export const arrangement: ArrangementFormValues = {
	id: null,
	version: '',
	name: 'Asker og Bærum',
	host_kommunenummer: '3201',
	members: ['3201', '3203'],
	started_on: '2020-01-01',
	ended_on: '',
	cofunding_start_year: '',
	position_percent: '',
	notes: '',
	effective: ''
};
export const coordinator: CoordinatorFormValues = {
	id: null,
	version: '',
	arrangement_id: '11111111-1111-4111-8111-111111111111',
	role: 'primary',
	full_name: 'Kari Nordmann',
	title: '',
	phone: '22 12 34 56',
	email: '',
	office_address: '',
	office_hours: '',
	verified_at: ''
};
export const service: ServiceFormValues = {
	id: null,
	version: '',
	kommunenummer: '0301',
	arrangement_id: null,
	category: 'other',
	name: 'Kreftkafé',
	description: '',
	url: '',
	phone: ''
};
