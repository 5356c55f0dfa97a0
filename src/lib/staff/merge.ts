// Two people edit the same record: a three-way merge per field of the form. The base is what the form was
// opened with (carried in the form as JSON), theirs is what a colleague saved since, yours is what was posted.
// A field only one of them changed takes that change without asking; a field both changed differently is a
// conflict, shown side by side, and nothing a colleague saved is replaced until the person chooses for it.

export type MergeValue = string | string[];
export type MergeValues<K extends string> = Record<K, MergeValue>;

export interface MergeResult<K extends string> {
	/** Yours where only you changed it, theirs where only they did; yours (unresolved) for a conflict. */
	merged: MergeValues<K>;
	/** Fields both changed, to different values. */
	conflicts: K[];
	/** Fields only the colleague changed, now in the merged values. */
	theirsKept: K[];
}

/** Values compared as a person sees them: line breaks as sent by any browser, ends trimmed, sets unordered. */
function same(a: MergeValue | undefined, b: MergeValue | undefined): boolean {
	const normal = (v: MergeValue | undefined) =>
		Array.isArray(v) ? [...new Set(v)].sort().join('\n') : (v ?? '').replace(/\r\n?/g, '\n').trim();
	return normal(a) === normal(b);
}

/**
 * Merges field by field. Without a base (a form from before the merge, or a new record) every field the two
 * disagree on is a conflict, so nothing is overwritten silently.
 */
export function threeWayMerge<K extends string>(
	fields: readonly K[],
	base: Partial<MergeValues<K>> | null,
	theirs: MergeValues<K>,
	yours: MergeValues<K>
): MergeResult<K> {
	const merged = { ...yours };
	const conflicts: K[] = [];
	const theirsKept: K[] = [];
	for (const field of fields) {
		if (same(theirs[field], yours[field])) continue;
		const youChanged = !base || !same(base[field], yours[field]);
		const theyChanged = !base || !same(base[field], theirs[field]);
		if (youChanged && theyChanged) conflicts.push(field);
		else if (theyChanged) {
			merged[field] = theirs[field];
			theirsKept.push(field);
		}
	}
	return { merged, conflicts, theirsKept };
}

/** Only the merged fields of a form's values. */
export function pick<K extends string>(
	fields: readonly K[],
	values: Record<K, MergeValue | null> & object
): MergeValues<K> {
	return Object.fromEntries(fields.map((f) => [f, values[f] ?? ''])) as MergeValues<K>;
}

/** The base the form was opened with (hidden field "base"), or null when it has none or it is not readable. */
export function readBase<K extends string>(form: FormData, fields: readonly K[]): MergeValues<K> | null {
	try {
		const parsed: unknown = JSON.parse(String(form.get('base') ?? ''));
		if (typeof parsed !== 'object' || parsed === null) return null;
		const base = parsed as Record<string, unknown>;
		const valid = (v: unknown) =>
			typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
		return fields.every((f) => valid(base[f]))
			? (pick(fields, base as MergeValues<K>) as MergeValues<K>)
			: null;
	} catch {
		return null;
	}
}

export type Choice = 'theirs' | 'mine';

/**
 * The choices made in a conflict panel (hidden "konflikt" per field, radio "valg:<field>"): the values with
 * each chosen side (theirs is the base, since the panel's form is based on the colleague's version), and the
 * fields still without a choice.
 */
export function applyChoices<K extends string, V extends Record<K, MergeValue>>(
	form: FormData,
	fields: readonly K[],
	values: V,
	base: MergeValues<K> | null
): { values: V; unresolved: K[]; pending: K[] } {
	const pending = form
		.getAll('konflikt')
		.filter((f): f is K => typeof f === 'string' && (fields as readonly string[]).includes(f));
	const resolved = { ...values };
	const unresolved: K[] = [];
	for (const field of pending) {
		const choice = form.get(`valg:${field}`);
		if (choice === 'theirs' && base) resolved[field] = base[field] as V[K];
		else if (choice !== 'mine') unresolved.push(field);
	}
	return { values: resolved, unresolved, pending };
}

/** What a conflict panel shows: the fields both changed, with both values, and what was merged silently. */
export interface ConflictState<K extends string> {
	version: number;
	fields: { field: K; theirs: MergeValue; yours: MergeValue }[];
	theirsKept: K[];
}
