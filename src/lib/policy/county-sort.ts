// The dashboard's county table sorted by the view's column (the order the page and its CSV show), and what
// a click on a column's header does. Pure functions: no DOM.
import type { HistoryRow } from '$lib/coverage/schema';
import { populationShare } from './timeline.ts';
import type { PolicyView, SortColumn } from './view-state.ts';

/**
 * The counties' numbers in the Norwegian order of their names. Made on the server (the page's load), where
 * collation is at hand: in the browser the first use of Intl's collation loads its data, some 10 ms on a
 * desktop CPU and four times that on a phone, in the middle of hydrating the page.
 */
export function countiesByName(counties: readonly { fylkesnummer: string; name: string }[]): string[] {
	return [...counties].sort((a, b) => a.name.localeCompare(b.name, 'nb')).map((c) => c.fylkesnummer);
}

function sortValue(row: HistoryRow, key: SortColumn, nameOrder: readonly string[]): number {
	if (key === 'name') return nameOrder.indexOf(row.fylkesnummer!);
	if (key === 'share') return populationShare(row) ?? -1;
	return row[key];
}

/**
 * The county rows in the view's order: names in Norwegian order (nameOrder, from countiesByName), numbers
 * by size (no share: last up).
 */
export function sortCounties(
	rows: readonly HistoryRow[],
	view: Pick<PolicyView, 'sort' | 'descending'>,
	nameOrder: readonly string[]
): HistoryRow[] {
	return [...rows].sort((a, b) => {
		const order = sortValue(a, view.sort, nameOrder) - sortValue(b, view.sort, nameOrder);
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
