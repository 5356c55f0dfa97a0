// Numbers, shares and dates in the reader's language.
import { getLocale } from '$lib/paraglide/runtime';

// Nynorsk writes numbers and dates as bokmål does, and browsers often lack nynorsk formatting data.
const INTL_LOCALES = { nb: 'nb-NO', nn: 'nb-NO', en: 'en-GB' } as const;

export function intlLocale(): string {
	return INTL_LOCALES[getLocale()] ?? 'nb-NO';
}

export const formatNumber = (n: number) => n.toLocaleString(intlLocale());

export const percent = (part: number, whole: number) =>
	whole === 0 ? '0 %' : `${(Math.round((part / whole) * 1000) / 10).toLocaleString(intlLocale())} %`;

export function formatDate(iso: string): string {
	const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(intlLocale(), {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
}

/** A moment in Norwegian time, e.g. «22. november 2026 kl. 21:55». */
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
