// How the import's preview writes a cell and a cut list (the lists show their first rows, the counts all).
import { formatNumber } from '$lib/i18n/format';

export const cellText = (value: unknown) =>
	value === null || value === undefined || value === '' ? '–' : String(value);

export const shownOf = (shown: number, total: number) =>
	total > shown ? `Viser ${formatNumber(shown)} av ${formatNumber(total)}.` : '';
