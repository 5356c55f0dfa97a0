import { describe, expect, it } from 'vitest';
import { contactsFromDetails, contactsTable } from './contacts.ts';
import type { Coordinator, MunicipalityDetail } from './schema.ts';

const person = (full_name: string, phone: string | null): Coordinator => ({
	full_name,
	title: null,
	phone,
	email: null,
	office_address: null,
	office_hours: null,
	verified_at: null,
	role: 'primary'
});

const ARRANGEMENT = '3f1a2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b';

function detail(kommunenummer: string, coordinators: Coordinator[] | null): MunicipalityDetail {
	return {
		kommunenummer,
		arrangement: coordinators
			? ({ id: ARRANGEMENT, coordinators } as MunicipalityDetail['arrangement'])
			: null
	} as MunicipalityDetail;
}

describe('contacts table', () => {
	it('holds each arrangement once with its coordinators, and nothing for municipalities without one', () => {
		const coordinators = [person('Kari Nordmann', '+47 400 00 000'), person('Ola Nordmann', null)];
		const table = contactsFromDetails('2026-12-02', {
			'4627': detail('4627', coordinators),
			'4631': detail('4631', coordinators),
			'0301': detail('0301', null)
		});
		expect(table).toEqual({ at: '2026-12-02', arrangements: { [ARRANGEMENT]: coordinators } });
		expect(contactsTable.parse(JSON.parse(JSON.stringify(table)))).toEqual(table);
	});
});
