// Saving a form with a version check, merging with a colleague's newer save instead of refusing it: on a
// version conflict the form's values are merged field by field with the stored ones (src/lib/staff/merge.ts)
// and saved again when nothing clashes; otherwise the clashing fields go back to the person to choose.
import { threeWayMerge, pick, type ConflictState, type MergeValue, type MergeValues } from '$lib/staff/merge';

export type Attempt<C, E> =
	| { status: 'saved'; id: string }
	| { status: 'conflict'; current: C }
	| { status: 'invalid'; errors: E }
	| { status: 'not_found' };

/** Where a save stands: the values and base to show the form with, whatever happens next (also on a throw). */
export interface MergeState<K extends string, V> {
	values: V;
	base: MergeValues<K> | null;
	theirsKept: K[];
}

export type MergeOutcome<K extends string, E> =
	| { status: 'saved'; id: string; theirsKept: K[] }
	| { status: 'conflict'; conflict: ConflictState<K> }
	| { status: 'invalid'; errors: E }
	| { status: 'not_found' };

export async function saveMerging<
	K extends string,
	V extends Record<K, MergeValue> & { version: string },
	C extends { version: number },
	E
>(
	state: MergeState<K, V>,
	fields: readonly K[],
	valuesOf: (current: C) => V,
	attempt: (values: V) => Promise<Attempt<C, E>>
): Promise<MergeOutcome<K, E>> {
	// A few rounds: each colleague's save in between is merged in turn.
	for (let round = 0; round < 3; round++) {
		const result = await attempt(state.values);
		if (result.status === 'saved') return { ...result, theirsKept: state.theirsKept };
		if (result.status !== 'conflict') return result;
		const theirs = pick(fields, valuesOf(result.current));
		const merge = threeWayMerge(fields, state.base, theirs, pick(fields, state.values));
		state.values = { ...state.values, ...merge.merged, version: String(result.current.version) };
		state.base = theirs;
		state.theirsKept = [...new Set([...state.theirsKept, ...merge.theirsKept])];
		if (merge.conflicts.length > 0)
			return {
				status: 'conflict',
				conflict: {
					version: result.current.version,
					fields: merge.conflicts.map((field) => ({
						field,
						theirs: theirs[field],
						yours: merge.merged[field]
					})),
					theirsKept: state.theirsKept
				}
			};
	}
	return {
		status: 'conflict',
		conflict: { version: Number(state.values.version), fields: [], theirsKept: state.theirsKept }
	};
}
