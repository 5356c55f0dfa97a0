import { describe, expect, it } from 'vitest';
import type { HistoryRow } from '$lib/coverage/schema';
import { countiesByName, sortCounties, sortedBy } from './county-sort.ts';

const row = (fylkesnummer: string, municipalities: number, population_covered: number | null) =>
	({
		fylkesnummer,
		municipalities,
		covered: 0,
		own: 0,
		inter_municipal: 0,
		uncovered: 0,
		population: population_covered === null ? null : 100,
		population_covered
	}) as unknown as HistoryRow;
const names: Record<string, string> = {
	'03': 'Oslo',
	'46': 'Vestland',
	'18': 'Nordland',
	'34': 'Innlandet',
	'31': 'Østfold',
	'15': 'Møre og Romsdal',
	'42': 'Agder'
};
const rows = [row('03', 1, 90), row('46', 43, 50), row('18', 41, null), row('34', 46, 70)];
const nameOrder = countiesByName(
	Object.entries(names).map(([fylkesnummer, name]) => ({ fylkesnummer, name }))
);
const order = (sort: Parameters<typeof sortCounties>[1]) =>
	sortCounties(rows, sort, nameOrder).map((r) => names[r.fylkesnummer!]);

describe('the county table order', () => {
	it('sorts by name, by a count, and by population share (unknown share last going up)', () => {
		expect(order({ sort: 'name', descending: false })).toEqual(['Innlandet', 'Nordland', 'Oslo', 'Vestland']);
		expect(order({ sort: 'municipalities', descending: true })).toEqual([
			'Innlandet',
			'Vestland',
			'Nordland',
			'Oslo'
		]);
		expect(order({ sort: 'share', descending: false })).toEqual([
			'Nordland',
			'Vestland',
			'Innlandet',
			'Oslo'
		]);
	});

	it('orders names as Norwegian does: æ, ø, å after z', () => {
		expect(nameOrder.map((f) => names[f])).toEqual([
			'Agder',
			'Innlandet',
			'Møre og Romsdal',
			'Nordland',
			'Oslo',
			'Vestland',
			'Østfold'
		]);
	});

	it('turns the order around on the same column, and starts a new number column from the largest', () => {
		expect(sortedBy({ sort: 'name', descending: false }, 'name')).toEqual({ sort: 'name', descending: true });
		expect(sortedBy({ sort: 'name', descending: false }, 'covered')).toEqual({
			sort: 'covered',
			descending: true
		});
		expect(sortedBy({ sort: 'covered', descending: true }, 'name')).toEqual({
			sort: 'name',
			descending: false
		});
	});
});
