// One rule, one place: for every field of every entity, the staff form, the spreadsheet import and the
// database refusal's message come from the same rule, and change together when it changes.
import { afterEach, describe, expect, it } from 'vitest';
import { checkFields } from './check.ts';
import { constraintMessages, fieldOf, type Entity } from './entity.ts';
import { ENTITIES, ARRANGEMENT, COORDINATOR, SERVICE } from './entities/index.ts';
import { cellMessage, formMessage, parseField, type Field, type Problem } from './fields.ts';
import { parseDate, today } from './ids.ts';
import { IMPORT_TABLES, type ImportTable } from '$lib/staff/import/columns';
import { readCell } from '$lib/staff/import/plan';
import { checkArrangement, refusalMessage } from '$lib/staff/arrangement-form';
import { checkCoordinator, coordinatorRefusal, COORDINATOR_MERGE_FIELDS } from '$lib/staff/coordinator-form';
import { SERVICE_MERGE_FIELDS } from '$lib/staff/service-merge';
import { checkService, serviceRefusal } from '$lib/staff/service-form';
import { arrangement, coordinator, service } from '$lib/staff/form-fixtures';

const TODAY = '2026-12-02';
const context = {
	kommunenumre: new Set(['0301', '3201', '3203']),
	categories: new Set(['other', 'vardesenter']),
	today: TODAY
};

/** Bad values for a field, each with the problem its rule must find. */
function badInputs(field: Field): [string, Problem][] {
	const cases: [string, Problem][] = [];
	if (field.required) cases.push(['', 'required'], ['   ', 'required']);
	if (['text', 'phone', 'email', 'url'].includes(field.kind)) cases.push(['a\u0007b', 'control']);
	if (field.kind === 'text') {
		if (field.max) cases.push(['x'.repeat(field.max + 1), 'too_long']);
		cases.push(['a\uFFFDb', 'unreadable']);
	}
	const [from, to] = field.range ?? [];
	const formats: Record<Field['kind'], string[]> = {
		uuid: ['1234', 'not-a-uuid-at-all'],
		text: [],
		kommunenummer: ['12345', 'Oslo', '9999x'],
		date: ['2021-02-30', 'i går', '31.02.2021', '2021/01/01'],
		year: ['20x1', '12', '2020.5'],
		percent: ['12abc', '0', '1000,5', '-5', '1e2'],
		phone: ['123', '12 34 56 78', '+46 912 34 567'],
		email: ['kari@', 'kari.example.org', 'kari@example'],
		url: ['kommune.no', 'ftp://kommune.no', 'https://kommune.no/ kreft'],
		choice: ['sjef', 'leder'],
		category: []
	};
	for (const text of formats[field.kind]) cases.push([text, 'format']);
	if (field.kind === 'kommunenummer') cases.push(['9999', 'unknown']);
	if (field.kind === 'category') cases.push(['unknown_category', 'unknown']);
	if (field.kind === 'url' && field.max) cases.push([`https://k.no/${'x'.repeat(field.max)}`, 'too_long']);
	if (field.kind === 'date' && from) cases.push(['31.12.1999', 'too_early']);
	if (field.kind === 'date' && to === 'today') cases.push(['03.12.2026', 'too_late']);
	else if (field.kind === 'date' && to) cases.push(['2101-01-01', 'too_late']);
	if (field.kind === 'year' && from) cases.push([String(Number(from) - 1), 'too_early']);
	if (field.kind === 'year' && to) cases.push([String(Number(to) + 1), 'too_late']);
	return cases;
}

const importTable = (entity: Entity) =>
	(Object.keys(IMPORT_TABLES) as ImportTable[]).find((t) => IMPORT_TABLES[t].entity === entity);

describe('every field of every entity', () => {
	const rows = ENTITIES.flatMap((entity) =>
		entity.fields.flatMap((field) =>
			badInputs(field).map(([text, problem]) => ({ entity, field, text, problem }))
		)
	);

	it('has bad inputs to check for every field with a rule', () => {
		for (const entity of ENTITIES)
			for (const field of entity.fields)
				if (field.required || field.kind !== 'text' || field.max)
					expect(badInputs(field).length, `${entity.table}.${field.name}`).toBeGreaterThan(0);
	});

	it.each(rows.map((r) => [`${r.entity.table}.${r.field.name} «${r.text}» → ${r.problem}`, r] as const))(
		'%s: the form, the import and the messages agree',
		(_, { entity, field, text, problem }) => {
			expect(parseField(field, text, context)).toEqual({ problem });
			// The form: checkFields with this one field says the form's message.
			const form = checkFields(entity, { [field.name]: text }, context);
			expect(form.errors[field.name]).toBe(formMessage(field, problem, text));
			// The import: the table's column for the same field says the import's message for the same problem.
			const table = importTable(entity);
			if (table) {
				const column = IMPORT_TABLES[table].columns.find((c) => c.name === field.name)!;
				expect(readCell(column, text, { ...context, today: TODAY })).toEqual({
					error: cellMessage(field, problem, text)
				});
			}
			// The database's refusal for this problem, where one constraint says exactly this, gives the form's words.
			const suffix = { required: 'not_blank', too_long: 'length', control: 'printable' }[problem as string];
			const constraint = `${entity.table}_${field.name}_${suffix}`;
			if (suffix && field.constraints?.includes(constraint))
				expect(constraintMessages(entity)[constraint]).toEqual({
					field: field.name,
					message: formMessage(field, problem)
				});
		}
	);

	it('accepts the same good values in the form and the import, as the same stored value', () => {
		const good: Record<Field['kind'], [string, unknown][]> = {
			uuid: [['11111111-1111-4111-8111-11111111111A', '11111111-1111-4111-8111-11111111111a']],
			text: [[' Kari Nordmann ', 'Kari Nordmann']],
			kommunenummer: [
				['0301', '0301'],
				['301', '0301']
			],
			date: [
				['2026-01-05', '2026-01-05'],
				['5.1.2026', '2026-01-05'],
				['05.01.2026', '2026-01-05']
			],
			year: [['2020', 2020]],
			percent: [
				['80,5', 80.5],
				['50 %', 50],
				['100.0', 100]
			],
			phone: [
				['22 12 34 56', '22 12 34 56'],
				['+47 912 34 567', '+47 912 34 567']
			],
			email: [['navn@kommune.no', 'navn@kommune.no']],
			url: [['https://kommune.no/kreft', 'https://kommune.no/kreft']],
			choice: [],
			category: [['vardesenter', 'vardesenter']]
		};
		for (const entity of ENTITIES)
			for (const field of entity.fields) {
				const cases =
					field.kind === 'choice' ? Object.keys(field.choices!).map((k) => [k, k]) : good[field.kind];
				for (const [text, value] of cases) {
					expect(checkFields(entity, { [field.name]: text }, context).values[field.name]).toEqual(value);
					const table = importTable(entity);
					if (table) {
						const column = IMPORT_TABLES[table].columns.find((c) => c.name === field.name)!;
						expect(readCell(column, text, context)).toEqual({ value });
					}
				}
			}
	});
});

// The staff forms read each field from the same rule: what they say for a bad value is the domain's message.
const forms = [
	{
		entity: ARRANGEMENT,
		fields: ['name', 'started_on', 'ended_on', 'cofunding_start_year', 'position_percent', 'notes'] as const,
		errors: (name: string, text: string) =>
			checkArrangement({ ...arrangement, [name]: text }, context.kommunenumre, TODAY).errors
	},
	{
		entity: COORDINATOR,
		// Every field the form saves, so a new one is checked here too.
		fields: COORDINATOR_MERGE_FIELDS,
		errors: (name: string, text: string) => checkCoordinator({ ...coordinator, [name]: text }, TODAY).errors
	},
	{
		entity: SERVICE,
		fields: SERVICE_MERGE_FIELDS,
		errors: (name: string, text: string) =>
			checkService({ ...service, [name]: text }, [...context.categories]).errors
	}
];

describe('the staff forms', () => {
	it.each(forms.map((f) => [f.entity.table, f] as const))(
		'%s: every field says the domain message',
		(_, form) => {
			for (const name of form.fields) {
				const field = fieldOf(form.entity as Entity, name);
				for (const [text, problem] of badInputs(field)) {
					// The phone of a coordinator without e-mail: empty is the form's own question (phone or e-mail).
					if (form.entity === COORDINATOR && name === 'phone' && problem === 'required') continue;
					expect(
						(form.errors(name, text) as Record<string, string> | undefined)?.[name],
						`${name} «${text}»`
					).toBe(formMessage(field, problem, text));
				}
			}
		}
	);

	it('accept good values, for a service of a municipality or of an arrangement', () => {
		expect(checkService(service, ['other']).errors).toBeUndefined();
		const ofArrangement = { ...service, kommunenummer: null, arrangement_id: coordinator.arrangement_id };
		expect(checkService(ofArrangement, ['other']).errors).toBeUndefined();
		expect(
			checkService({ ...service, arrangement_id: coordinator.arrangement_id }, ['other']).errors?.form
		).toBe(SERVICE.rules.service_one_owner.message);
	});

	it('accept dates as åååå-mm-dd and dd.mm.åååå, as the import does', () => {
		const { input } = checkArrangement(
			{ ...arrangement, started_on: '1.2.2020', ended_on: '31.12.2024' },
			context.kommunenumre,
			TODAY
		);
		expect(input).toMatchObject({
			started_on: '2020-02-01',
			ended_on: '2024-12-31',
			effective: '2020-02-01'
		});
		expect(checkCoordinator({ ...coordinator, verified_at: '5.1.2026' }, TODAY).input?.verified_at).toBe(
			'2026-01-05'
		);
		expect(parseDate('5.1.2026')).toBe('2026-01-05');
	});

	it('refuse a verified date in the future, and so does the import (the database does too)', () => {
		expect(checkCoordinator({ ...coordinator, verified_at: '2026-12-03' }, TODAY).errors?.verified_at).toBe(
			'Datoen kan ikke være i fremtiden.'
		);
		const column = IMPORT_TABLES.coordinator.columns.find((c) => c.name === 'verified_at')!;
		expect(readCell(column, '2026-12-03', { ...context, today: TODAY })).toEqual({
			error: '«2026-12-03» er i fremtiden'
		});
		expect(readCell(column, '2026-12-02', { ...context, today: TODAY })).toEqual({ value: '2026-12-02' });
		expect(constraintMessages(COORDINATOR).coordinator_verified_at_range.field).toBe('verified_at');
	});

	it('put every refusal by a named constraint on the field the constraint is about', () => {
		for (const [constraint, expected] of Object.entries(constraintMessages(ARRANGEMENT)))
			expect(refusalMessage('23514', constraint)).toEqual({
				field: expected.field === 'id' ? 'form' : expected.field,
				message: expected.message
			});
		for (const [constraint, expected] of Object.entries(constraintMessages(COORDINATOR)))
			expect(coordinatorRefusal('23514', constraint)).toEqual({
				field: expected.field === 'id' ? 'form' : expected.field,
				message: expected.message
			});
		for (const [constraint, expected] of Object.entries(constraintMessages(SERVICE)))
			expect(serviceRefusal('23514', constraint).message).toBe(expected.message);
		expect(refusalMessage('23514', 'arrangement_dates_ordered')).toEqual({
			field: 'ended_on',
			message: 'Sluttdatoen kan ikke være før startdatoen.'
		});
		expect(coordinatorRefusal('23514', 'coordinator_phone_format').field).toBe('phone');
		expect(serviceRefusal('23503', 'service_category_fkey').field).toBe('category');
	});
});

describe('one rule changed in the domain module', () => {
	const name = fieldOf(ARRANGEMENT, 'name');
	const phone = fieldOf(COORDINATOR, 'phone');
	const original = { nameMax: name.max, phoneFormat: phone.say };
	afterEach(() => {
		name.max = original.nameMax;
		phone.say = original.phoneFormat;
	});

	it('changes the form, the import and the refusal message together', () => {
		const long = 'x'.repeat(150);
		const column = IMPORT_TABLES.arrangement.columns.find((c) => c.name === 'name')!;
		const known = context.kommunenumre;
		expect(checkArrangement({ ...arrangement, name: long }, known, TODAY).errors).toBeUndefined();
		expect(readCell(column, long, context)).toEqual({ value: long });

		name.max = 100;
		expect(checkArrangement({ ...arrangement, name: long }, known, TODAY).errors?.name).toBe(
			'Navnet kan være høyst 100 tegn.'
		);
		expect(readCell(column, long, context)).toEqual({ error: 'er 150 tegn; høyst 100' });
		expect(refusalMessage('23514', 'arrangement_name_length')).toEqual({
			field: 'name',
			message: 'Navnet kan være høyst 100 tegn.'
		});

		phone.say = { format: 'Bare norske numre.' };
		expect(checkCoordinator({ ...coordinator, phone: '123' }, TODAY).errors?.phone).toBe(
			'Bare norske numre.'
		);
		expect(coordinatorRefusal('23514', 'coordinator_phone_format').message).toBe('Bare norske numre.');
	});
});

describe('ids', () => {
	it("today is Norway's date", () => {
		// 23:30 UTC on 1 December is 00:30 on 2 December in Oslo.
		expect(today(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
		expect(today(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
	});
});
