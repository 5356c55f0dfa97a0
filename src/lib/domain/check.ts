// Checking a set of typed values against an entity's rules: each field by its rule (fields.ts), then the rules
// across fields on what parsed. What the staff forms and the import share.
import type { Entity } from './entity.ts';
import { cellMessage, formMessage, parseField, type Context, type Value } from './fields.ts';

export interface Checked<F extends string> {
	/** The parsed values of the fields that passed. */
	values: Partial<Record<F, Value>>;
	/** The first problem of each field that did not (and of cross-field rules), in the form's words. */
	errors: Partial<Record<F | 'form', string>>;
}

/** The form's check: every named field, then the entity's cross-field rules. */
export function checkFields<F extends string>(
	entity: Entity<F>,
	raw: Partial<Record<F, string>>,
	context: Context
): Checked<F> {
	const values: Partial<Record<F, Value>> = {};
	const errors: Partial<Record<F | 'form', string>> = {};
	for (const field of entity.fields) {
		const text = raw[field.name];
		if (text === undefined) continue;
		const parsed = parseField(field, text, context);
		if (parsed.problem) errors[field.name] = formMessage(field, parsed.problem, text);
		else values[field.name] = parsed.value;
	}
	for (const name of entity.crossCheck?.(values) ?? []) {
		const rule = entity.rules[name];
		errors[rule.field] ??= rule.message;
	}
	return { values, errors };
}

/** One cell of a spreadsheet: the value, or what is wrong with it in the import's words. */
export function checkCell<F extends string>(
	entity: Entity<F>,
	name: F,
	raw: string,
	context: Context
): { value: Value } | { error: string } {
	const field = entity.fields.find((f) => f.name === name);
	if (!field) return { error: `${entity.table} har ingen kolonne ${name}` };
	const parsed = parseField(field, raw, context);
	return parsed.problem ? { error: cellMessage(field, parsed.problem, raw) } : { value: parsed.value };
}
