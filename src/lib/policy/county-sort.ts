// The dashboard's county table sorted by the view's column (the order the page and its CSV show), and what
// a click on a column's header does. Pure functions: no DOM.
import type { HistoryRow } from '$lib/coverage/schema';
import { populationShare } from './timeline.ts';
import type { PolicyView, SortColumn } from './view-state.ts';

function sortValue(row: HistoryRow, key: SortColumn, countyName: (f: string) => string): string | number {
	if (key === 'name') return countyName(row.fylkesnummer!);
	if (key === 'share') return populationShare(row) ?? -1;
	return row[key];
}

/** The county rows in the view's order: names in Norwegian order, numbers by size (no share: last up). */
export function sortCounties(
	rows: readonly HistoryRow[],
	view: Pick<PolicyView, 'sort' | 'descending'>,
	countyName: (fylkesnummer: string) => string
): HistoryRow[] {
	return [...rows].sort((a, b) => {
		const x = sortValue(a, view.sort, countyName);
		const y = sortValue(b, view.sort, countyName);
		const order = typeof x === 'string' ? x.localeCompare(String(y), 'nb') : x - Number(y);
		return view.descending ? -order : order;
	});
}

/** A click on a column: the same column turns the order around; a new one starts from the largest numbers. */
export function sortedBy(
	view: Pick<PolicyView, 'sort' | 'descending'>,
	key: SortColumn
): Pick<PolicyView, 'sort' | 'descending'> {
	return { sort: key, descending: view.sort === key ? !view.descending : key !== 'name' };
}
