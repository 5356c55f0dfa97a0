// The three staff forms read the version they were opened with by one rule (form-post.ts): an existing
// record's form without a whole version from 1 up is refused with the same words, a new record needs none.
import { describe, expect, it } from 'vitest';
import { checkArrangement } from './arrangement-form.ts';
import { checkCoordinator } from './coordinator-form.ts';
import { checkService } from './service-form.ts';
import { arrangement, coordinator, service } from './form-fixtures.ts';
import { postedText } from './form-post.ts';

const TODAY = '2026-12-02';
const ID = '22222222-2222-4222-8222-222222222222';
const forms = {
	arrangement: (id: string | null, version: string) =>
		checkArrangement({ ...arrangement, id, version, effective: TODAY }, new Set(['3201', '3203']), TODAY),
	coordinator: (id: string | null, version: string) =>
		checkCoordinator({ ...coordinator, id, version }, TODAY),
	service: (id: string | null, version: string) => checkService({ ...service, id, version }, ['other'])
};

describe('the version a staff form was opened with', () => {
	it.each(Object.entries(forms))('%s: a new record needs none', (_, check) => {
		const { input, errors } = check(null, '');
		expect(errors).toBeUndefined();
		expect(input?.version).toBeNull();
	});

	it.each(Object.entries(forms))(
		'%s: an existing record is saved from the version it was opened with',
		(_, check) => {
			const { input, errors } = check(ID, '7');
			expect(errors).toBeUndefined();
			expect(input).toMatchObject({ id: ID, version: 7 });
		}
	);

	it.each(
		Object.entries(forms).flatMap(([name, check]) =>
			['', 'x', '0', '-1', '1.5'].map((v) => [name, v, check] as const)
		)
	)('%s: an existing record\'s form with version "%s" is refused, in the same words', (_, version, check) => {
		expect(check(ID, version).errors?.form).toBe(
			'Skjemaet mangler versjonen det ble åpnet med. Last siden på nytt.'
		);
	});
});

describe('postedText', () => {
	it('is the posted text, and empty for a missing field or a file', () => {
		const form = new FormData();
		form.set('name', ' Kari ');
		form.set('file', new Blob(['x']), 'x.csv');
		const text = postedText(form);
		expect([text('name'), text('missing'), text('file')]).toEqual([' Kari ', '', '']);
	});
});
