// Numbers, shares and dates in the reader's language.
//
// Numbers and dates on the public pages are written out here rather than by the browser's Intl: its first use
// in a page loads the locale's formatting data, about 15–30 ms for numbers and as much again for dates on a
// fast desktop, and four times that on a phone, in the middle of hydrating the page. The output is the
// same as Intl's for the locales we use; format.test.ts compares the two.
import { getLocale } from '$lib/paraglide/runtime';

// Nynorsk writes numbers and dates as bokmål does, and browsers often lack nynorsk formatting data.
const INTL_LOCALES = { nb: 'nb-NO', nn: 'nb-NO', en: 'en-GB' } as const;
type IntlLocale = (typeof INTL_LOCALES)[keyof typeof INTL_LOCALES];

export function intlLocale(): IntlLocale {
	return INTL_LOCALES[getLocale()] ?? 'nb-NO';
}

const NUMBER_SYMBOLS: Record<IntlLocale, { group: string; decimal: string; minus: string }> = {
	'nb-NO': { group: '\u00a0', decimal: ',', minus: '\u2212' },
	'en-GB': { group: ',', decimal: '.', minus: '-' }
};

/** A number as Intl writes it by default: digits grouped in threes, at most three decimals. */
export function formatNumber(n: number, locale: IntlLocale = intlLocale()): string {
	const plain = Math.abs(n)
		.toFixed(3)
		.replace(/\.?0+$/, '');
	if (!Number.isFinite(n) || plain.includes('e')) return n.toLocaleString(locale);
	const symbols = NUMBER_SYMBOLS[locale];
	const [whole, fraction] = plain.split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, symbols.group);
	const sign = n < 0 || Object.is(n, -0) ? symbols.minus : '';
	return sign + grouped + (fraction ? symbols.decimal + fraction : '');
}

/**
 * A share (0–1) as a percentage with at most one decimal, as the language writes it: «73,4 %» in Norwegian
 * (a space before the sign), «73.4%» in English. Every percentage on the pages is written by this.
 */
export function formatPercent(share: number, locale: IntlLocale = intlLocale()): string {
	const number = formatNumber(Math.round(share * 1000) / 10, locale);
	return locale === 'en-GB' ? `${number}%` : `${number} %`;
}

export const percent = (part: number, whole: number, locale: IntlLocale = intlLocale()) =>
	formatPercent(whole === 0 ? 0 : part / whole, locale);

const MONTHS: Record<IntlLocale, string[]> = {
	'nb-NO': 'januar februar mars april mai juni juli august september oktober november desember'.split(' '),
	'en-GB': 'January February March April May June July August September October November December'.split(' ')
};

/** A calendar date (`YYYY-MM-DD`, or the start of a timestamp), e.g. «22. november 2026». */
export function formatDate(iso: string, locale: IntlLocale = intlLocale()): string {
	const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
	const monthName = MONTHS[locale][month - 1];
	return locale === 'en-GB' ? `${day} ${monthName} ${year}` : `${day}. ${monthName} ${year}`;
}

/** A moment in Norwegian time, e.g. «22. november 2026 kl. 21:55». Needs Intl's time zones: for the server and staff pages. */
export function formatDateTime(iso: string): string {
	return new Date(iso).toLocaleString(intlLocale(), {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'Europe/Oslo'
	});
}
