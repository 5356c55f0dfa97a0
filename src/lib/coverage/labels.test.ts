import { describe, expect, it } from 'vitest';
import { fundingSentence, statusLabel } from './labels.ts';
import { formatDate, percent } from '$lib/i18n/format';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
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
		overwriteGetLocale(() => 'nb');
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
		overwriteGetLocale(() => 'nb');
		expect(fundingSentence(phase({}), null)).toMatch(/^Kommunen finansierer stillingen selv/);
		expect(fundingSentence(phase({ programme_year: 9 }), 2014)).toContain('fullt ut siden 2020');
		expect(fundingSentence(phase({ phase: 'not_started', programme_year: 0 }), 2027)).toContain(
			'starter i 2027'
		);
	});

	it('speaks nynorsk and English too', () => {
		overwriteGetLocale(() => 'nn');
		expect(statusLabel('own')).toBe('Eigen kreftkoordinator');
		expect(fundingSentence(phase({}), null)).toBe(
			'Kommunen finansierer stillinga sjølv, utan tilskot frå Kreftforeningen.'
		);
		overwriteGetLocale(() => 'en');
		expect(statusLabel('inter_municipal')).toBe('Shared (inter-municipal) cancer coordinator');
	});
});

describe('number formatting', () => {
	it('writes shares and dates in the reader’s language', () => {
		overwriteGetLocale(() => 'nb');
		expect(percent(1, 3)).toBe('33,3 %');
		expect(percent(0, 0)).toBe('0 %');
		expect(formatDate('2026-06-01')).toBe('1. juni 2026');
		overwriteGetLocale(() => 'en');
		expect(percent(1, 3)).toBe('33.3%');
		expect(formatDate('2026-06-01')).toBe('1 June 2026');
	});
});
