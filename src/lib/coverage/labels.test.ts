import { describe, expect, it } from 'vitest';
import { fundingSentence, percent, formatDate } from './labels.ts';
import type { FundingPhase } from './schema.ts';

const phase = (p: Partial<FundingPhase>): FundingPhase => ({
	programme_year: null,
	phase: 'municipal',
	society_percent: 0,
	phase_last_year: null,
	next_phase: null,
	...p
});

describe('funding sentence', () => {
	it('tells the share, the programme year and when it changes', () => {
		expect(
			fundingSentence(
				phase({
					programme_year: 2,
					phase: 'cofunded_75',
					society_percent: 75,
					phase_last_year: 2027,
					next_phase: 'stepdown_60'
				}),
				2025
			)
		).toBe('Programår 2 av 6. Kreftforeningen dekker 75 % av lønnen ut 2027, deretter 60 %.');
		expect(
			fundingSentence(
				phase({
					programme_year: 6,
					phase: 'stepdown_20',
					society_percent: 20,
					phase_last_year: 2026,
					next_phase: 'municipal'
				}),
				2021
			)
		).toBe(
			'Programår 6 av 6. Kreftforeningen dekker 20 % av lønnen ut 2026, deretter overtar kommunen hele finansieringen.'
		);
	});

	it('says when the municipality pays alone', () => {
		expect(fundingSentence(phase({}), null)).toMatch(/^Kommunen finansierer stillingen selv/);
		expect(fundingSentence(phase({ programme_year: 9 }), 2014)).toContain('fullt ut siden 2020');
		expect(fundingSentence(phase({ phase: 'not_started', programme_year: 0 }), 2027)).toContain(
			'starter i 2027'
		);
	});
});

describe('number formatting', () => {
	it('writes shares and dates the Norwegian way', () => {
		expect(percent(1, 3)).toBe('33,3 %');
		expect(percent(0, 0)).toBe('0 %');
		expect(formatDate('2026-06-01')).toBe('1. juni 2026');
	});
});
