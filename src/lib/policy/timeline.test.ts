import { describe, expect, it } from 'vitest';
import type { CoverageTimeline, HistoryRow } from '$lib/coverage/schema';
import {
	clampYear,
	focusRow,
	phaseChanges,
	phaseIn,
	populationIn,
	populationShare,
	statusIn,
	summaryOf,
	yearsOf
} from './timeline.ts';

const row = (year: number, fylkesnummer: string | null, covered: number): HistoryRow => ({
	year,
	at: `${year}-12-31`,
	fylkesnummer,
	municipalities: 3,
	own: covered,
	inter_municipal: 0,
	uncovered: 3 - covered,
	covered,
	population_year: year,
	population: 300,
	population_covered: covered * 100
});

const timeline: CoverageTimeline = {
	from_year: 2012,
	to_year: 2014,
	statuses: { '0301': 'ooo', '3201': 'nss', '5501': 'nnn' },
	phases: { '0301': '776', '3201': '-ww', '5501': '---' },
	populations: { '2012': { '0301': 100, '3201': 150 } },
	history: [row(2012, null, 1), row(2012, '03', 1), row(2013, null, 2), row(2014, null, 2)],
	phase_changes: [2013, 2014].map((year) => ({
		year,
		arrangement_id: '00000000-0000-4000-8000-000000000001',
		name: 'Oslo',
		host_kommunenummer: '0301',
		members: ['0301'],
		cofunding_start_year: 2011,
		from: year === 2013 ? '7' : '6',
		to: year === 2013 ? '6' : '4'
	}))
};

describe('coverage timeline', () => {
	it('reads status and phase by year', () => {
		expect(statusIn(timeline, '3201', 2012)).toBe('none');
		expect(statusIn(timeline, '3201', 2013)).toBe('inter_municipal');
		expect(statusIn(timeline, '0301', 2014)).toBe('own');
		expect(statusIn(timeline, '9999', 2014)).toBe('none');
		expect(phaseIn(timeline, '0301', 2014)).toBe('6');
		expect(yearsOf(timeline)).toEqual([2012, 2013, 2014]);
		expect(clampYear(timeline, 2030)).toBe(2014);
		expect(clampYear(timeline, 1999)).toBe(2012);
	});

	it('gives the summaries of a year and the population share', () => {
		const { national, counties } = summaryOf(timeline, 2012);
		expect(national.covered).toBe(1);
		expect(counties.map((c) => c.fylkesnummer)).toEqual(['03']);
		expect(populationShare(national)).toBeCloseTo(1 / 3);
		expect(populationShare({ population: null, population_covered: null })).toBeNull();
		expect(populationIn(timeline, '3201', national.population_year)).toBe(150);
		expect(populationIn(timeline, '5501', 2012)).toBeNull();
		expect(populationIn(timeline, '0301', null)).toBeNull();
		const summary = summaryOf(timeline, 2012);
		expect(focusRow(summary, '03')).toBe(summary.counties[0]);
		expect(focusRow(summary, '46')).toBe(national);
		expect(focusRow(summary, null)).toBe(national);
	});

	it('lists the arrangements whose funding phase changes next year, also after the last year', () => {
		expect(phaseChanges(timeline, 2013).map((c) => [c.name, c.from, c.to])).toEqual([['Oslo', '7', '6']]);
		expect(phaseChanges(timeline, 2014).map((c) => [c.name, c.from, c.to])).toEqual([['Oslo', '6', '4']]);
		expect(phaseChanges(timeline, 2012)).toEqual([]);
	});
});
