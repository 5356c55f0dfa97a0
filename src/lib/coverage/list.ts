// The list view's state (filters and sorting) read from and written to the URL, and applied to the rows.
import { COVERAGE_STATUSES, type CoverageStatus, type SnapshotMunicipality } from './schema.ts';

export const SORT_KEYS = ['name', 'county', 'status', 'population'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ListState {
	fylkesnummer: string | null;
	status: CoverageStatus | null;
	sort: SortKey;
	dir: 'asc' | 'desc';
}

export const DEFAULT_LIST_STATE: ListState = { fylkesnummer: null, status: null, sort: 'name', dir: 'asc' };

/** Unknown values fall back to the default for that parameter; the others are kept. */
export function readListState(params: URLSearchParams, counties: string[]): ListState {
	const fylke = params.get('fylke');
	const status = params.get('status');
	const sort = params.get('sort');
	return {
		fylkesnummer: fylke && counties.includes(fylke) ? fylke : null,
		status:
			status && (COVERAGE_STATUSES as readonly string[]).includes(status) ? (status as CoverageStatus) : null,
		sort: sort && (SORT_KEYS as readonly string[]).includes(sort) ? (sort as SortKey) : 'name',
		dir: params.get('dir') === 'desc' ? 'desc' : 'asc'
	};
}

export function listQuery(state: ListState): string {
	const params = new URLSearchParams();
	if (state.fylkesnummer) params.set('fylke', state.fylkesnummer);
	if (state.status) params.set('status', state.status);
	if (state.sort !== 'name') params.set('sort', state.sort);
	if (state.dir !== 'asc') params.set('dir', state.dir);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** Municipalities in alphabetical order for the reader's language (æ, ø, å last in Norwegian). */
export function sortedByName<T extends { name: string }>(rows: readonly T[], locale: string): T[] {
	const collator = new Intl.Collator(locale);
	return [...rows].sort((a, b) => collator.compare(a.name, b.name));
}

const STATUS_ORDER: Record<CoverageStatus, number> = { own: 0, inter_municipal: 1, none: 2 };

export function applyListState(
	rows: SnapshotMunicipality[],
	state: ListState,
	countyName: (fylkesnummer: string) => string,
	locale: string
): SnapshotMunicipality[] {
	const collator = new Intl.Collator(locale);
	const byName = (a: SnapshotMunicipality, b: SnapshotMunicipality) => collator.compare(a.name, b.name);
	const compare: Record<SortKey, (a: SnapshotMunicipality, b: SnapshotMunicipality) => number> = {
		name: byName,
		county: (a, b) =>
			collator.compare(countyName(a.fylkesnummer), countyName(b.fylkesnummer)) || byName(a, b),
		status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byName(a, b),
		population: (a, b) => (a.population ?? 0) - (b.population ?? 0) || byName(a, b)
	};
	const sign = state.dir === 'asc' ? 1 : -1;
	return rows
		.filter(
			(r) =>
				(!state.fylkesnummer || r.fylkesnummer === state.fylkesnummer) &&
				(!state.status || r.status === state.status)
		)
		.sort((a, b) => sign * compare[state.sort](a, b));
}
