// What the staff forms (arrangement, coordinator, service) share when they read a post: the typed text of a
// field, the version the form was opened with, and the entity fields a form checks and saves.
import type { Value } from '$lib/domain/fields';

/** A reader of the posted text: '' for a field that is missing or a file. */
export function postedText(form: FormData): (name: string) => string {
	return (name) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : '';
	};
}

/**
 * The version an existing record's form was opened with (the save's version check, SQL lock_for_save), null for
 * a new record. A form of an existing record without a whole version ≥ 1 cannot be saved.
 */
export function postedVersion(values: { id: string | null; version: string }): {
	version: number | null;
	error?: string;
} {
	const version = values.version ? Number(values.version) : null;
	if (values.id && (!Number.isInteger(version) || (version ?? 0) < 1))
		return { version, error: 'Skjemaet mangler versjonen det ble åpnet med. Last siden på nytt.' };
	return { version };
}

/** The typed text of the named fields, for checkFields. */
export function textOf<N extends string>(values: Record<N, string>, names: readonly N[]): Record<N, string> {
	return Object.fromEntries(names.map((name) => [name, values[name]])) as Record<N, string>;
}

/**
 * The checked values of the named fields for the save, an empty one as null. Typed by the save's input: the
 * entity's field kinds (src/lib/domain) decide what each value is.
 */
export function checkedOf<T>(
	checked: Partial<Record<string, Value>>,
	names: readonly (keyof T & string)[]
): T {
	return Object.fromEntries(names.map((name) => [name, checked[name] ?? null])) as T;
}
