// Finding records in the staff area by what staff remember: a name in any spelling ("askoy" finds Askøy),
// a municipality number, a county or a coordinator. One rule for the arrangement and coordinator lists.
import { asciiFold } from '$lib/text/fold';

const fold = (text: string) => asciiFold(text).replace(/\s+/g, ' ').trim();

/** The texts a record is found by: names (matched anywhere) and numbers (matched from the start). */
export interface Searchable {
	names: string[];
	numbers: string[];
}

/** Every word of the query must match a name or a number of the record. */
export function matchesQuery(query: string, record: Searchable): boolean {
	const words = fold(query).split(' ').filter(Boolean);
	if (words.length === 0) return true;
	const names = record.names.map(fold);
	return words.every((word) =>
		/^\d+$/.test(word)
			? record.numbers.some((n) => n.startsWith(word))
			: names.some((name) => name.includes(word))
	);
}
