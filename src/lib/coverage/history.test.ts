import { describe, expect, it } from 'vitest';
import { historyPeriods } from './history.ts';
import type { HistoryYear } from './schema.ts';

const gol = { kommunenummer: '3324', name: 'Gol', name_norwegian: 'Gol' };
const al = { kommunenummer: '3328', name: 'Ål', name_norwegian: 'Ål' };
const none = (year: number): HistoryYear => ({
	year,
	at: `${year}-12-31`,
	status: 'none',
	arrangement_id: null,
	arrangement_name: null,
	host_kommunenummer: null,
	partners: [],
	cofunding_start_year: null,
	programme_year: null,
	funding_phase: null,
	society_percent: null
});
const shared = (year: number, partners: HistoryYear['partners'], phase: HistoryYear['funding_phase']) => ({
	...none(year),
	status: 'inter_municipal' as const,
	arrangement_id: '6cea7b2d-5dcc-4c3f-9408-61ebb330efc2',
	arrangement_name: 'Hallingdal',
	host_kommunenummer: '3328',
	partners,
	cofunding_start_year: 2015,
	funding_phase: phase,
	society_percent:
		{ cofunded_75: 75, stepdown_60: 60, stepdown_40: 40, stepdown_20: 20 }[phase as string] ?? 0
});

describe('historyPeriods', () => {
	it('joins years with the same status and partners, and funding runs within them', () => {
		const years = [
			none(2016),
			none(2017),
			shared(2018, [gol, al], 'stepdown_60'),
			shared(2019, [gol, al], 'stepdown_40'),
			shared(2020, [gol, al], 'stepdown_20'),
			shared(2021, [al], 'municipal'),
			shared(2022, [al], 'municipal'),
			none(2023)
		];
		const periods = historyPeriods(years);
		expect(periods.map((p) => [p.from, p.to, p.status, p.partners.map((x) => x.name).join('+')])).toEqual([
			[2016, 2017, 'none', ''],
			[2018, 2020, 'inter_municipal', 'Gol+Ål'],
			[2021, 2022, 'inter_municipal', 'Ål'],
			[2023, 2023, 'none', '']
		]);
		expect(periods[1].funding).toEqual([
			{ from: 2018, to: 2018, phase: 'stepdown_60' },
			{ from: 2019, to: 2019, phase: 'stepdown_40' },
			{ from: 2020, to: 2020, phase: 'stepdown_20' }
		]);
		expect(periods[2].funding).toEqual([{ from: 2021, to: 2022, phase: 'municipal' }]);
		expect(periods[0].funding).toEqual([]);
	});

	it('covers every year once, whatever the order given', () => {
		const years = [none(2014), shared(2012, [gol], 'cofunded_75'), shared(2013, [gol], 'cofunded_75')];
		const periods = historyPeriods(years);
		expect(periods.map((p) => [p.from, p.to])).toEqual([
			[2012, 2013],
			[2014, 2014]
		]);
		expect(historyPeriods([])).toEqual([]);
	});
});
