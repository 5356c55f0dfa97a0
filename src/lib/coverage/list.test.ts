import { describe, expect, it } from 'vitest';
import {
	applyListState,
	listQuery,
	movedListQuery,
	readListState,
	sortedByName,
	DEFAULT_LIST_STATE
} from './list.ts';
import type { SnapshotMunicipality } from './schema.ts';

const row = (
	kommunenummer: string,
	name: string,
	status: SnapshotMunicipality['status'],
	population: number
) => ({
	kommunenummer,
	name,
	name_norwegian: name,
	fylkesnummer: kommunenummer.slice(0, 2),
	population,
	status,
	arrangement_id: null,
	arrangement_name: null,
	host_kommunenummer: null
});
const rows = [
	row('4627', 'Askøy', 'own', 30000),
	row('4601', 'Bergen', 'own', 290000),
	row('0301', 'Oslo', 'inter_municipal', 720000),
	row('3328', 'Ål', 'none', 4700),
	row('3201', 'Bærum', 'none', 130000)
];
const counties: Record<string, string> = {
	'46': 'Vestland',
	'03': 'Oslo',
	'33': 'Buskerud',
	'32': 'Akershus'
};

describe('list state', () => {
	it('reads filters and sorting from the URL and writes them back', () => {
		const state = readListState(
			new URLSearchParams('fylke=46&status=egen&sorter=innbyggere&synkende=1'),
			Object.keys(counties)
		);
		expect(state).toEqual({ fylkesnummer: '46', status: 'own', sort: 'population', dir: 'desc' });
		expect(listQuery(state)).toBe('?fylke=46&status=egen&sorter=innbyggere&synkende=1');
		expect(listQuery(DEFAULT_LIST_STATE)).toBe('');
	});

	it("speaks the dashboard's words: the same status words, sorter and synkende", () => {
		for (const [word, status] of [
			['egen', 'own'],
			['delt', 'inter_municipal'],
			['uten', 'none']
		] as const)
			expect(readListState(new URLSearchParams(`status=${word}`), []).status).toBe(status);
		for (const sort of ['name', 'county', 'status', 'population'] as const) {
			const query = listQuery({ ...DEFAULT_LIST_STATE, sort, dir: 'desc' });
			expect(readListState(new URLSearchParams(query), [])).toEqual({
				...DEFAULT_LIST_STATE,
				sort,
				dir: 'desc'
			});
			expect(query).not.toMatch(/[?&](sort|dir)=/);
		}
	});

	it("moves old links to today's words, and leaves today's alone", () => {
		const moved = (query: string) => movedListQuery(new URLSearchParams(query))?.toString() ?? null;
		expect(moved('fylke=46&status=own&sort=population&dir=desc')).toBe(
			'fylke=46&status=egen&sorter=innbyggere&synkende=1'
		);
		expect(moved('status=inter_municipal')).toBe('status=delt');
		expect(moved('sort=county&dir=asc')).toBe('sorter=fylke');
		expect(moved('sort=status')).toBe('sorter=status');
		// An old value that meant nothing then means nothing now: dropped (the view's default).
		expect(moved('sort=evil&dir=up&status=none')).toBe('status=uten');
		for (const today of [
			'',
			'fylke=46&status=egen&sorter=innbyggere&synkende=1',
			'sorter=status',
			'status=x'
		])
			expect(moved(today)).toBeNull();
	});

	it('ignores unknown values but keeps the valid ones', () => {
		expect(readListState(new URLSearchParams('fylke=99&status=<b>&sorter=evil&synkende=up'), ['46'])).toEqual(
			DEFAULT_LIST_STATE
		);
		expect(readListState(new URLSearchParams('fylke=99&status=uten'), ['46']).status).toBe('none');
	});

	it('sorts names the Norwegian way (Æ Ø Å last)', () => {
		const names = applyListState(rows, DEFAULT_LIST_STATE, (f) => counties[f], 'nb-NO').map((r) => r.name);
		expect(names).toEqual(['Askøy', 'Bergen', 'Bærum', 'Oslo', 'Ål']);
	});

	it('filters by county and status, sorts by population descending', () => {
		const state = {
			...DEFAULT_LIST_STATE,
			status: 'own' as const,
			sort: 'population' as const,
			dir: 'desc' as const
		};
		expect(applyListState(rows, state, (f) => counties[f], 'nb-NO').map((r) => r.name)).toEqual([
			'Bergen',
			'Askøy'
		]);
		const vestland = { ...DEFAULT_LIST_STATE, fylkesnummer: '46' };
		expect(applyListState(rows, vestland, (f) => counties[f], 'nb-NO')).toHaveLength(2);
	});

	it('sorts by status in the order own, shared, none', () => {
		const state = { ...DEFAULT_LIST_STATE, sort: 'status' as const };
		expect(applyListState(rows, state, (f) => counties[f], 'nb-NO').map((r) => r.status)).toEqual([
			'own',
			'own',
			'inter_municipal',
			'none',
			'none'
		]);
	});
});

describe('sortedByName', () => {
	const names = ['Ål', 'Øygarden', 'Askøy', 'Ærøy', 'Zebra', 'Bærum'].map((name) => ({ name }));

	it('puts Æ, Ø and Å after Z in Norwegian', () => {
		expect(sortedByName(names, 'nb-NO').map((r) => r.name)).toEqual([
			'Askøy',
			'Bærum',
			'Zebra',
			'Ærøy',
			'Øygarden',
			'Ål'
		]);
	});

	it('leaves the rows it was given in their order', () => {
		const before = names.map((r) => r.name);
		sortedByName(names, 'nb-NO');
		expect(names.map((r) => r.name)).toEqual(before);
	});
});
