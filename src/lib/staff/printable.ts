// Text fields hold what a person can read: no control characters (C0, DEL, C1). The rule and its messages are
// the domain's (src/lib/domain/fields.ts); the database refuses the same with one CHECK constraint per text
// column, named <table>_<column>_printable (supabase/migrations/*_programme_data.sql).
export { controlCharacterIn } from '$lib/domain/fields';

/** The column a <table>_<column>_printable constraint guards, or null for any other constraint. */
export function printableColumn(table: string, constraint: string | null): string | null {
	const match = constraint ? /^(.+)_printable$/.exec(constraint) : null;
	return match && match[1].startsWith(`${table}_`) ? match[1].slice(table.length + 1) : null;
}
