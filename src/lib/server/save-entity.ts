// The one save flow of the staff forms (arrangement, coordinator, service): staff check first (before the
// request is read, so a form is kept when the database is down), read the posted form, apply the choices made
// in a conflict panel, save with the version check merging a colleague's newer save field by field
// (merge-save.ts), and answer every outcome the same way: the form's values, its merge base and a message per
// field. A save that goes through refreshes the public snapshot and redirects.
import { fail, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { staffForAction, DATABASE_DOWN } from './staff-guard.ts';
import { isUnavailable, type staffData } from './staff-data.ts';
import { DatabaseRefusal } from './db/transport.ts';
import { snapshotStore } from './public-data.ts';
import { saveMerging, type Attempt, type MergeState } from './merge-save.ts';
import {
	applyChoices,
	readBase,
	type ConflictState,
	type MergeValue,
	type MergeValues
} from '$lib/staff/merge';

export type StaffData = ReturnType<typeof staffData>;
type Errors = Partial<Record<string, string>>;

export const CHOOSE_FOR_EACH_FIELD =
	'Velg for hvert felt i oversikten over kollisjoner om din eller kollegaens verdi skal gjelde.';

/** What every answer to a staff form carries: the values as typed, the merge base and the messages. */
export interface FormAnswer<K extends string, V, E> {
	values: V;
	base: MergeValues<K> | null;
	conflict?: ConflictState<K>;
	errors: E;
}

/** The form as posted, with the conflict-panel choices applied; the conflict still to choose for, if any. */
export interface Draft<K extends string, V> {
	values: V;
	base: MergeValues<K> | null;
	pending: ConflictState<K> | undefined;
}

export interface EntitySave<
	K extends string,
	V extends Record<K, MergeValue> & { version: string },
	C extends { version: number },
	E extends Errors,
	S extends object = never
> {
	/** For the log: "an arrangement". */
	what: string;
	/** The stored fields merged one by one with a colleague's save. */
	fields: readonly K[];
	/** The posted values; data is null when the database could not be reached for the staff check. */
	read(form: FormData, data: StaffData | null): V | Promise<V>;
	/** A step that answers the post without saving (the member picker's buttons), or undefined to go on. */
	step?(draft: Draft<K, V>, form: FormData): Promise<S | undefined> | S | undefined;
	/** The stored record as form values (to merge with). */
	valuesOf(current: C, values: V): V;
	/** Checks and saves one attempt. */
	save(values: V, data: StaffData): Promise<Attempt<C, E>>;
	/** A database refusal as a message by the field it is about. */
	refusal(cause: DatabaseRefusal, values: V, data: StaffData): Promise<Refusal> | Refusal;
	/** The message when the record is gone. */
	notFound: string;
	/** Where a saved record is shown. */
	savedAt(id: string): string;
}

type Refusal = { field: string; message: string };

export async function saveEntity<
	K extends string,
	V extends Record<K, MergeValue> & { version: string },
	C extends { version: number },
	E extends Errors,
	S extends object = never
>(
	{ locals, url, request }: Pick<RequestEvent, 'locals' | 'url' | 'request'>,
	entity: EntitySave<K, V, C, E, S>
): Promise<ActionFailure<FormAnswer<K, V, E>> | S> {
	const staff = await staffForAction(locals, url);
	const form = await request.formData();
	const posted = await entity.read(form, staff?.data ?? null);
	const base = readBase(form, entity.fields);
	// After a conflict, each field both people changed needs a choice before anything is saved.
	const { values, unresolved } = applyChoices(form, entity.fields, posted, base);
	const pending: ConflictState<K> | undefined =
		unresolved.length > 0
			? {
					version: Number(values.version),
					fields: unresolved.map((field) => ({ field, theirs: base?.[field] ?? '', yours: values[field] })),
					theirsKept: []
				}
			: undefined;
	const answer = (
		state: { values: V; base: MergeValues<K> | null },
		errors: Errors,
		conflict?: ConflictState<K>
	) => ({
		values: state.values,
		base: state.base,
		...(conflict ? { conflict } : {}),
		errors: errors as E
	});

	const stepped = await entity.step?.({ values, base, pending }, form);
	if (stepped) return stepped;
	if (pending) return fail(409, answer({ values, base }, { form: CHOOSE_FOR_EACH_FIELD }, pending));
	if (!staff) return fail(503, answer({ values, base }, { form: DATABASE_DOWN }));

	const { data } = staff;
	const state: MergeState<K, V> = { values, base, theirsKept: [] };
	let outcome;
	try {
		outcome = await saveMerging(
			state,
			entity.fields,
			(current: C) => entity.valuesOf(current, state.values),
			(attempt) => entity.save(attempt, data)
		);
	} catch (cause) {
		if (cause instanceof DatabaseRefusal) {
			const { field, message } = await entity.refusal(cause, state.values, data);
			return fail(422, answer(state, { [field]: message }));
		}
		if (isUnavailable(cause)) {
			console.error(`saving ${entity.what}: database unavailable:`, cause);
			return fail(503, answer(state, { form: DATABASE_DOWN }));
		}
		throw cause;
	}
	if (outcome.status === 'not_found') return fail(404, answer(state, { form: entity.notFound }));
	if (outcome.status === 'invalid') return fail(400, answer(state, outcome.errors));
	if (outcome.status === 'conflict') return fail(409, answer(state, {}, outcome.conflict));
	// The public pages show it within seconds: the snapshot reloads on the next request.
	snapshotStore().invalidate();
	redirect(303, entity.savedAt(outcome.id));
}
