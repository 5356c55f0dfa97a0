import { describe, expect, it, vi } from 'vitest';

vi.mock('$lib/paraglide/runtime', () => ({ getLocale: () => 'nb' }));
const { formatDate, formatNumber, formatPercent, percent } = await import('./format');

const LOCALES = ['nb-NO', 'en-GB'] as const;

describe('formatNumber', () => {
	const values = [
		0,
		-0,
		1,
		7,
		12,
		999,
		1000,
		1234,
		9999,
		10000,
		12345,
		99999,
		100000,
		123456,
		1000000,
		5594000,
		4_500_000_123,
		-1,
		-1234,
		-1234567,
		0.5,
		12.3,
		1234.5,
		99.95,
		0.1 + 0.2,
		2.0004,
		2.0005,
		1.23456,
		37.5,
		-0.0001,
		1e-7
	];
	for (const locale of LOCALES) {
		it(`writes numbers as Intl does for ${locale}`, () => {
			for (const n of values) expect(formatNumber(n, locale), String(n)).toBe(n.toLocaleString(locale));
		});
		it(`writes random integers and one-decimal shares as Intl does for ${locale}`, () => {
			let seed = 7;
			const next = () => (seed = (seed * 48271) % 2147483647);
			for (let i = 0; i < 2000; i++) {
				const integer = next() % 10 ** (1 + (i % 9));
				const share = Math.round((next() % 100000) / 10) / 100;
				expect(formatNumber(integer, locale)).toBe(integer.toLocaleString(locale));
				expect(formatNumber(share, locale)).toBe(share.toLocaleString(locale));
			}
		});
	}

	it('uses a no-break space between thousands in Norwegian, so a number never breaks over two lines', () => {
		expect(formatNumber(5594000, 'nb-NO')).toBe('5\u00a0594\u00a0000');
	});
});

describe('percent', () => {
	it('gives one decimal in the reader’s language, and 0 % of nothing', () => {
		expect(percent(1, 3)).toBe('33,3 %');
		expect(percent(5, 0)).toBe('0 %');
	});

	it('writes percentages as each language does, the same everywhere: «69,5 %», «69.5%»', () => {
		expect(formatPercent(0.695, 'nb-NO')).toBe('69,5 %');
		expect(formatPercent(0.695, 'en-GB')).toBe('69.5%');
		expect(formatPercent(0.75, 'en-GB')).toBe('75%');
		expect(percent(1, 3, 'en-GB')).toBe('33.3%');
	});
});

describe('formatDate', () => {
	it('writes every day of two years as Intl does', () => {
		for (const locale of LOCALES) {
			for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2026, 0, 1); day += 86_400_000) {
				const date = new Date(day);
				const expected = date.toLocaleDateString(locale, {
					day: 'numeric',
					month: 'long',
					year: 'numeric',
					timeZone: 'UTC'
				});
				expect(formatDate(date.toISOString(), locale)).toBe(expected);
			}
		}
	});

	it('reads the date part of a timestamp, not the moment in some time zone', () => {
		expect(formatDate('2026-11-22T23:30:00+00:00', 'nb-NO')).toBe('22. november 2026');
		expect(formatDate('2026-03-01', 'en-GB')).toBe('1 March 2026');
	});
});
