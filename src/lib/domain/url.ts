// The one URL vocabulary of the public views (/liste, /statistikk, /embed): Norwegian words, because people
// read and share these links. Every view names a parameter and its values from here, so that «fylke=03» or
// «status=egen» means the same everywhere. Old links in an earlier vocabulary are moved here too (see
// movedQuery): the server answers them with a permanent redirect to the same view in today's words.
import { STATUS_TABLE, STATUS_WORDS, type CoverageStatus } from './status.ts';

/** The parameter names. */
export const PARAM = {
	year: 'ar',
	layer: 'lag',
	county: 'fylke',
	status: 'status',
	phase: 'fase',
	sort: 'sorter',
	descending: 'synkende',
	municipality: 'kommune',
	camera: 'kart'
} as const;

/** The value of «synkende» that turns the order around (absent: ascending). */
export const DESCENDING = '1';

/** The keys whose words a comma-separated value names, in the words' order; null when a word is unknown. */
export function keysOfWords<K extends string>(words: Record<K, string>, value: string): K[] | null {
	const chosen = value.split(',').filter(Boolean);
	const keys = (Object.keys(words) as K[]).filter((key) => chosen.includes(words[key]));
	return chosen.every((word) => keys.some((key) => words[key] === word)) ? keys : null;
}

/** The words of these keys, in the table's order, comma-separated. */
export function wordsOfKeys<K extends string>(words: Record<K, string>, keys: readonly K[]): string {
	return (Object.keys(words) as K[])
		.filter((key) => keys.includes(key))
		.map((key) => words[key])
		.join(',');
}

/** Statuses of an older link by their SQL names (status=own,none) in today's words (status=egen,uten). */
function statusWordsOfNames(value: string): string | null {
	const names = value.split(',').filter(Boolean);
	const known = names.length > 0 && names.every((name) => STATUS_TABLE.some((s) => s.name === name));
	return known ? wordsOfKeys(STATUS_WORDS, names as CoverageStatus[]) : null;
}

/** What a view's old links may name beyond the shared vocabulary. */
export interface OldVocabulary {
	/** Sort keys an old link may name (sort=population, sorter=municipalities) and their words today. */
	sortWords: Record<string, string>;
}

/**
 * The same query in today's words, or null when it already is (or names nothing old). Old vocabulary:
 * «sort» and «dir=asc|desc» (the list's), «sorter» with an English key (the dashboard's), and statuses by
 * their SQL names (status=own). Values that were invalid then stay as they are (the view ignores them).
 */
export function movedQuery(params: URLSearchParams, { sortWords }: OldVocabulary): URLSearchParams | null {
	const moved = new URLSearchParams();
	let changed = false;
	for (const [name, value] of params) {
		const oldSortKey = Object.hasOwn(sortWords, value) && sortWords[value] !== value;
		if (name === 'sort' || (name === PARAM.sort && oldSortKey)) {
			changed = true;
			if (Object.hasOwn(sortWords, value)) moved.set(PARAM.sort, sortWords[value]);
		} else if (name === 'dir') {
			changed = true;
			if (value === 'desc') moved.set(PARAM.descending, DESCENDING);
		} else if (name === PARAM.status && statusWordsOfNames(value) !== null) {
			changed = true;
			moved.append(PARAM.status, statusWordsOfNames(value)!);
		} else moved.append(name, value);
	}
	return changed ? moved : null;
}

/** A query string for a path: «?a=1,2» (commas kept readable), or '' when empty. */
export function queryString(params: URLSearchParams): string {
	const query = params.toString().replaceAll('%2C', ',');
	return query ? `?${query}` : '';
}
