import { describe, expect, it } from 'vitest';
import {
	checkArrangement,
	readArrangementForm,
	refusalMessage,
	type ArrangementFormValues
} from './arrangement-form.ts';

const known = new Set(['0301', '3201', '3203']);
const valid: ArrangementFormValues = {
	id: '00000000-0000-4000-8000-000000000001',
	version: '3',
	name: '  Asker og Bærum  ',
	host_kommunenummer: '3201',
	members: ['3201', '3203', '3201'],
	started_on: '2020-01-01',
	ended_on: '',
	cofunding_start_year: '2020',
	position_percent: '80,5',
	notes: '',
	effective: '2026-01-01'
};

describe('arrangement form', () => {
	it('turns good input into the database call, trimmed, de-duplicated and with numbers parsed', () => {
		const { input, errors } = checkArrangement(valid, known);
		expect(errors).toBeUndefined();
		expect(input).toMatchObject({
			name: 'Asker og Bærum',
			members: ['3201', '3203'],
			version: 3,
			position_percent: 80.5,
			cofunding_start_year: 2020,
			ended_on: null,
			notes: null
		});
	});

	it('says what is wrong with each field', () => {
		const { errors } = checkArrangement(
			{
				...valid,
				name: ' ',
				members: ['9999'],
				host_kommunenummer: '0301',
				started_on: '2021-02-30',
				ended_on: 'i går',
				cofunding_start_year: '2005',
				position_percent: '12abc',
				notes: 'x'.repeat(4001),
				version: ''
			},
			known
		);
		expect(Object.keys(errors ?? {}).sort()).toEqual(
			[
				'cofunding_start_year',
				'ended_on',
				'form',
				'host_kommunenummer',
				'members',
				'name',
				'notes',
				'position_percent',
				'started_on'
			].sort()
		);
		expect(errors?.members).toContain('9999');
	});

	it('refuses an end before the start and a co-funding year after the end', () => {
		const { errors } = checkArrangement({ ...valid, ended_on: '2019-12-31' }, known);
		expect(errors?.ended_on).toBe('Sluttdatoen kan ikke være før startdatoen.');
		const later = checkArrangement({ ...valid, ended_on: '2021-06-30', cofunding_start_year: '2022' }, known);
		expect(later.errors?.cofunding_start_year).toMatch(/etter at ordningen er avsluttet/);
	});

	it('reads every posted member and keeps text exactly as typed', () => {
		const form = new FormData();
		form.append('name', '<b>x</b>');
		form.append('members', '0301');
		form.append('members', '3201');
		const values = readArrangementForm(form, null);
		expect(values.name).toBe('<b>x</b>');
		expect(values.members).toEqual(['0301', '3201']);
		expect(values.position_percent).toBe('');
	});

	it('puts database refusals on the field they are about', () => {
		expect(refusalMessage('23P01', 'arrangement_member_no_overlap').field).toBe('members');
		expect(refusalMessage('23514', 'arrangement_host_is_member').field).toBe('host_kommunenummer');
		expect(refusalMessage('42501', null)).toMatchObject({
			field: 'form',
			message: expect.stringMatching(/ikke lov/)
		});
	});
});
