// Fields that several entities have, alike by the SQL's own checks (supabase/migrations/*_programme_data.sql):
// written once here so that the entities cannot drift apart on them.
import type { Field } from '../fields.ts';

/** Every row's id: a uuid (the database gives a new row one). */
export const ID: Field & { name: 'id' } = { name: 'id', label: 'Id', kind: 'uuid', aliases: ['uuid'] };

/** The first and last date of the programme's records (the SQL's date `_range` checks). */
export const FIRST_DATE = '2000-01-01';
export const PROGRAMME_DATES: [string, string] = [FIRST_DATE, '2100-12-31'];

/** A name: required text of at most 200 characters (the column's not_blank, length and printable checks). */
export function nameField<N extends string>(
	table: string,
	name: N,
	aliases: string[],
	required: string
): Field & { name: N } {
	return {
		name,
		label: 'Navn',
		kind: 'text',
		required: true,
		max: 200,
		noun: 'Navnet',
		aliases,
		say: { required },
		constraints: [`${table}_${name}_not_blank`, `${table}_${name}_length`, `${table}_${name}_printable`]
	};
}

/** A Norwegian phone number (the column's format and printable checks, the same regex in each table). */
export function phoneField(table: string, aliases: string[]): Field & { name: 'phone' } {
	return {
		name: 'phone',
		label: 'Telefon',
		kind: 'phone',
		aliases,
		constraints: [`${table}_phone_format`, `${table}_phone_printable`]
	};
}

/** The arrangement a row belongs to (its foreign key to public.arrangement). */
export function arrangementField(table: string, required: boolean): Field & { name: 'arrangement_id' } {
	return {
		name: 'arrangement_id',
		label: 'Ordning',
		kind: 'uuid',
		...(required ? { required } : {}),
		aliases: ['ordning'],
		constraints: [`${table}_arrangement_id_fkey`]
	};
}
