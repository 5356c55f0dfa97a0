// What an entity of the programme data is to the app: its table, its fields (each with the rule of its SQL
// column, fields.ts) and the rules that span fields or rows, each under the name of the SQL constraint that
// enforces it. Forms, the import's column specs and the messages for the database's refusals are derived from
// these; nothing else restates a rule.
import { formMessage, type Field, type Problem, type Value } from './fields.ts';

export interface Entity<F extends string = string> {
	/** The SQL table. */
	table: string;
	/** The table's name as the import shows it, bokmål. */
	label: string;
	fields: readonly (Field & { name: F })[];
	/** Rules across fields, rows or tables, by constraint name: the field the message belongs to, and what to say. */
	rules: Record<string, { field: F | 'form'; message: string }>;
	/** The rules of `rules` that can be checked on one row's parsed values: the names of those it breaks. */
	crossCheck?: (row: Partial<Record<F, Value>>) => string[];
}

/** A field by name (throws on a name the entity does not have: a typo in code, not bad input). */
export function fieldOf<F extends string>(entity: Entity<F>, name: F): Field {
	const field = entity.fields.find((f) => f.name === name);
	if (!field) throw new Error(`${entity.table} has no field ${name}`);
	return field;
}

// The constraint names the SQL gives each column's own checks (supabase/migrations/*_programme_data.sql): one
// constraint per way a value can be wrong, so that the name says which message to give.
const SUFFIX_PROBLEM: Record<string, Problem> = {
	not_blank: 'required',
	length: 'too_long',
	format: 'format',
	range: 'too_early',
	known: 'format',
	printable: 'control',
	fkey: 'unknown'
};

/** Every constraint of the entity's table with the field its refusal is about and the message (the form's). */
export function constraintMessages<F extends string>(
	entity: Entity<F>
): Record<string, { field: F | 'form'; message: string }> {
	const messages: Record<string, { field: F | 'form'; message: string }> = {};
	for (const field of entity.fields)
		for (const constraint of field.constraints ?? []) {
			const suffix = constraint.slice(`${entity.table}_${field.name}_`.length);
			const problem = SUFFIX_PROBLEM[suffix];
			if (!constraint.startsWith(`${entity.table}_${field.name}_`) || !problem)
				throw new Error(`${constraint}: not <table>_<column>_<${Object.keys(SUFFIX_PROBLEM).join('|')}>`);
			messages[constraint] = { field: field.name, message: formMessage(field, problem) };
		}
	return { ...messages, ...entity.rules };
}

/** The message for a database refusal: by the constraint it names, else by SQLSTATE. */
export function refusal<F extends string>(
	entity: Entity<F>,
	code: string,
	constraint: string | null
): { field: F | 'form'; message: string } {
	const known = constraint ? constraintMessages(entity)[constraint] : undefined;
	if (known) return known;
	if (code === '42501')
		return { field: 'form', message: 'Du har ikke lov til å endre dette. Be en administrator om tilgang.' };
	return { field: 'form', message: 'Databasen godtok ikke endringen. Sjekk feltene og prøv igjen.' };
}

/** The form labels of some of an entity's fields. */
export function labelsOf<F extends string, N extends F>(
	entity: Entity<F>,
	names: readonly N[]
): Record<N, string> {
	return Object.fromEntries(names.map((name) => [name, fieldOf(entity, name).label])) as Record<N, string>;
}
