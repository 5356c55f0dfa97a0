// Edit distance for typo tolerance: optimal string alignment (Levenshtein plus swapping two neighbouring
// letters, the commonest typing slip: "Kristiansnad"). One pass gives both the distance to the whole key and
// to its best-matching start (for a query still being typed). Only the band of cells within the allowed
// number of edits of the diagonal is computed, and it stops as soon as no alignment can stay within it, so a
// key costs a few dozen cells and nothing is allocated: this runs for thousands of keys on every keystroke.

const MAX_LENGTH = 62;
const FAR = 1 << 20;
let before = new Int32Array(MAX_LENGTH + 2);
let previous = new Int32Array(MAX_LENGTH + 2);
let current = new Int32Array(MAX_LENGTH + 2);

export interface Distances {
	/** Edits from the query to the whole key. */
	whole: number;
	/** Edits from the query to the key's closest start (prefix). */
	start: number;
}

const NONE: Distances = Object.freeze({ whole: Infinity, start: Infinity });

export function editDistances(query: string, key: string, max: number): Distances {
	const m = query.length;
	const n = Math.min(key.length, MAX_LENGTH);
	if (m > MAX_LENGTH || m - max > n) return NONE;
	for (let j = 0; j <= n + 1; j++) previous[j] = j <= max ? j : FAR;
	for (let i = 1; i <= m; i++) {
		const from = Math.max(1, i - max);
		const to = Math.min(n, i + max);
		current[from - 1] = from === 1 ? i : FAR;
		if (to < n) current[to + 1] = FAR;
		let rowMin = FAR;
		const q = query.charCodeAt(i - 1);
		for (let j = from; j <= to; j++) {
			const k = key.charCodeAt(j - 1);
			let d = previous[j - 1] + (q === k ? 0 : 1);
			if (previous[j] + 1 < d) d = previous[j] + 1;
			if (current[j - 1] + 1 < d) d = current[j - 1] + 1;
			if (
				i > 1 &&
				j > 1 &&
				q === key.charCodeAt(j - 2) &&
				query.charCodeAt(i - 2) === k &&
				before[j - 2] + 1 < d
			)
				d = before[j - 2] + 1;
			current[j] = d;
			if (d < rowMin) rowMin = d;
		}
		if (rowMin > max) return NONE;
		const spare = before;
		before = previous;
		previous = current;
		current = spare;
	}
	let start = FAR;
	for (let j = Math.max(0, m - max); j <= Math.min(n, m + max); j++)
		if (previous[j] < start) start = previous[j];
	const whole = n <= m + max ? previous[n] : FAR;
	return {
		whole: whole > max ? Infinity : whole,
		start: start > max ? Infinity : start
	};
}

/** How many slips a query of this length may have: none for short ones, where any change is another name. */
export function allowedEdits(length: number): number {
	return length < 4 ? 0 : length < 7 ? 1 : 2;
}
