// The list view's state (filters and sorting) read from and written to the URL, and applied to the rows.
// The URL speaks the public views' one vocabulary ($lib/domain/url): ?fylke=46&status=egen&sorter=innbyggere
// &synkende=1, as /statistikk does.
import type { SnapshotMunicipality } from './schema.ts';
import { STATUS_TABLE, STATUS_WORDS, type CoverageStatus } from '$lib/domain/status';
import { DESCENDING, keysOfWords, movedQuery, PARAM, queryString } from '$lib/domain/url';

export const SORT_KEYS = ['name', 'county', 'status', 'population'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The columns' words in links (?sorter=innbyggere). */
export const SORT_WORDS: Record<SortKey, string> = {
	name: 'navn',
	county: 'fylke',
	status: 'status',
	population: 'innbyggere'
};

export interface ListState {
	fylkesnummer: string | null;
	status: CoverageStatus | null;
	sort: SortKey;
	dir: 'asc' | 'desc';
}

export const DEFAULT_LIST_STATE: ListState = { fylkesnummer: null, status: null, sort: 'name', dir: 'asc' };

/** Unknown values fall back to the default for that parameter; the others are kept. */
export function readListState(params: URLSearchParams, counties: string[]): ListState {
	const fylke = params.get(PARAM.county);
	// The list shows one status at a time (a choice of one in its form).
	const statuses = keysOfWords(STATUS_WORDS, params.get(PARAM.status) ?? '');
	const sorts = keysOfWords(SORT_WORDS, params.get(PARAM.sort) ?? '');
	return {
		fylkesnummer: fylke && counties.includes(fylke) ? fylke : null,
		status: statuses?.length === 1 ? statuses[0] : null,
		sort: sorts?.length === 1 ? sorts[0] : 'name',
		dir: params.get(PARAM.descending) === DESCENDING ? 'desc' : 'asc'
	};
}

export function listQuery(state: ListState): string {
	const params = new URLSearchParams();
	if (state.fylkesnummer) params.set(PARAM.county, state.fylkesnummer);
	if (state.status) params.set(PARAM.status, STATUS_WORDS[state.status]);
	if (state.sort !== 'name') params.set(PARAM.sort, SORT_WORDS[state.sort]);
	if (state.dir !== 'asc') params.set(PARAM.descending, DESCENDING);
	return queryString(params);
}

/** The list's old links (sort=population&dir=desc&status=own) in today's words, or null (see movedQuery). */
export const movedListQuery = (params: URLSearchParams) => movedQuery(params, { sortWords: SORT_WORDS });

/** Municipalities in alphabetical order for the reader's language (æ, ø, å last in Norwegian). */
export function sortedByName<T extends { name: string }>(rows: readonly T[], locale: string): T[] {
	const collator = new Intl.Collator(locale);
	return [...rows].sort((a, b) => collator.compare(a.name, b.name));
}

const STATUS_ORDER = Object.fromEntries(STATUS_TABLE.map((s, i) => [s.name, i])) as Record<
	CoverageStatus,
	number
>;

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
