// Matching file rows without an id to stored rows by what identifies them for a person (natural keys), so
// that importing the same file twice changes nothing; and rows an import would leave unreachable.
import { describe, expect, it } from 'vitest';
import { autoMapping, planImport, type CurrentData } from './plan.ts';
import { readSpreadsheet } from './read.ts';
import type { ImportTable } from './columns.ts';

const KARI = '11111111-1111-4111-8111-111111111111';
const OLA = '22222222-2222-4222-8222-222222222222';
const HOLE = '33333333-3333-4333-8333-333333333333';
const LIER = '44444444-4444-4444-8444-444444444444';

const base: CurrentData = {
	rows: [],
	kommunenumre: new Set(['3310', '3312', '0301']),
	categories: new Set(['other']),
	arrangementIds: new Set([HOLE, LIER]),
	coordinatorIds: new Set([KARI, OLA]),
	links: [
		{ id: 'l1', arrangement_id: HOLE, coordinator_id: KARI },
		{ id: 'l2', arrangement_id: LIER, coordinator_id: OLA }
	]
};
const coordinators = [
	{
		id: KARI,
		full_name: 'Kari Nordmann',
		title: null,
		phone: '22 00 00 00',
		email: 'kari@example.org',
		office_address: null,
		office_hours: null,
		verified_at: null
	},
	{
		id: OLA,
		full_name: 'Ola Nordmann',
		title: null,
		phone: '23 00 00 00',
		email: null,
		office_address: null,
		office_hours: null,
		verified_at: null
	}
];

const plan = (table: ImportTable, rows: Record<string, unknown>[], csv: string, removeMissing = false) => {
	const file = readSpreadsheet(csv, 'utf-8');
	return planImport(table, file, autoMapping(table, file.headers), { ...base, rows }, removeMissing);
};

describe('natural keys', () => {
	it('a coordinator without id is the stored one with the same name and e-mail or phone', () => {
		const result = plan(
			'coordinator',
			coordinators,
			'full_name;phone;email\nKARI NORDMANN ;22 00 00 00;Kari@Example.org\nOla Nordmann;23000000;\n'
		);
		// Matched, so not added; the file's spelling of the name, number and address is what is stored.
		expect(result.additions).toEqual([]);
		expect(result.changes.map((c) => c.id)).toEqual([KARI, OLA]);
	});

	it('the same name with other contact details is another person', () => {
		const result = plan('coordinator', coordinators, 'full_name;phone\nKari Nordmann;99 88 77 66\n');
		expect(result.additions).toHaveLength(1);
	});

	it('a matched row is changed, not added, and is not removed when the file is the whole table', () => {
		const result = plan(
			'coordinator',
			coordinators,
			'full_name;email;phone;title\nKari Nordmann;kari@example.org;;Koordinator\nOla Nordmann;;23 00 00 00;\n',
			true
		);
		expect(result.additions).toEqual([]);
		expect(result.removals).toEqual([]);
		expect(result.changes).toMatchObject([
			{ id: KARI, fields: expect.arrayContaining([{ column: 'title', before: null, after: 'Koordinator' }]) }
		]);
	});

	it('two lines that are the same stored row are an error', () => {
		const result = plan(
			'coordinator',
			coordinators,
			'full_name;email;title\nKari Nordmann;kari@example.org;A\nKari Nordmann;;B\n'.replace(
				';;B',
				';kari@example.org;B'
			)
		);
		expect(result.errors).toMatchObject([{ line: 3, message: expect.stringContaining('linje 2') }]);
	});

	it('an arrangement by name and host; a membership by arrangement, municipality and start', () => {
		const arrangements = [
			{
				id: HOLE,
				name: 'Hole',
				host_kommunenummer: '3310',
				started_on: '2015-01-01',
				ended_on: null,
				cofunding_start_year: null,
				position_percent: 60,
				notes: null
			}
		];
		expect(
			plan('arrangement', arrangements, 'name;host_kommunenummer;started_on\nhole;3310;2015-01-01\n')
		).toMatchObject({ additions: [], changes: [{ id: HOLE, fields: [{ column: 'name', after: 'hole' }] }] });
		expect(
			plan('arrangement', arrangements, 'name;host_kommunenummer;started_on\nHole;3312;2015-01-01\n')
				.additions
		).toHaveLength(1);
		const members = [
			{ id: 'm1', arrangement_id: HOLE, kommunenummer: '3310', valid_from: '2015-01-01', valid_to: null }
		];
		expect(
			plan(
				'arrangement_member',
				members,
				`arrangement_id;kommunenummer;valid_from;valid_to\n${HOLE};3310;01.01.2015;2026-12-31\n`
			)
		).toMatchObject({ additions: [], changes: [{ id: 'm1', fields: [{ column: 'valid_to' }] }] });
		expect(
			plan(
				'arrangement_member',
				members,
				`arrangement_id;kommunenummer;valid_from\n${HOLE};3310;2027-01-01\n`
			).additions
		).toHaveLength(1);
	});
});

describe('rows an import would leave unreachable', () => {
	it('flags new coordinators, who are in no arrangement', () => {
		const result = plan('coordinator', coordinators, 'full_name;phone\nNy Person;22 33 44 55\n');
		expect(result.unreachable).toEqual([{ line: 2, id: null, name: 'Ny Person' }]);
	});

	it('flags coordinators whose last arrangement link is removed', () => {
		const links = base.links!.map((l) => ({ ...l, role: 'primary' }));
		const result = plan(
			'arrangement_coordinator',
			links,
			`id;arrangement_id;coordinator_id;role\nl1;${HOLE};${KARI};primary\n`.replace(
				'l1',
				'55555555-5555-4555-8555-555555555555'
			),
			true
		);
		expect(result.unreachable).toContainEqual({ line: null, id: OLA, name: OLA });
	});

	it('flags coordinators whose arrangements are all removed', () => {
		const arrangements = [
			{ id: HOLE, name: 'Hole', host_kommunenummer: '3310', started_on: '2015-01-01' },
			{ id: LIER, name: 'Lier', host_kommunenummer: '3312', started_on: '2015-01-01' }
		];
		const result = plan(
			'arrangement',
			arrangements,
			`id;name;host_kommunenummer;started_on\n${HOLE};Hole;3310;2015-01-01\n`,
			true
		);
		expect(result.removals.map((r) => r.id)).toEqual([LIER]);
		expect(result.unreachable.map((u) => u.id)).toEqual([OLA]);
	});
});
