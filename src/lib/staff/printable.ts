// Text fields hold what a person can read: no control characters (C0, DEL, C1). They come from a file read in
// the wrong character set (Windows-1252's en dash 0x96 read as Latin-1 is U+0096) or from pasting, and show as
// boxes or nothing at all. Tabs and line breaks are allowed only where the field has several lines. The
// database refuses the same with one CHECK constraint per text column, named <table>_<column>_printable
// (supabase/migrations/20261201300000_printable_text.sql); this gives the message before it gets there.

// Control characters are exactly what these patterns look for.
/* eslint-disable no-control-regex */
const SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f]/u;
const MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
/* eslint-enable no-control-regex */

/** The first control character in the text as U+XXXX, or null. */
export function controlCharacterIn(text: string, multiline: boolean): string | null {
	const found = (multiline ? MULTI_LINE : SINGLE_LINE).exec(text);
	return found ? `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : null;
}

const message = (code: string) =>
	`Teksten har et usynlig kontrolltegn${code}, ofte fra en fil lest med feil tegnsett. Skriv teksten inn på nytt.`;

/** The message for a field with a control character, or null when it has none. */
export function controlCharacterMessage(text: string, multiline = false): string | null {
	const code = controlCharacterIn(text, multiline);
	return code ? message(` (${code})`) : null;
}

/** The message when the database refused a control character (which one it does not say). */
export const PRINTABLE_REFUSAL = message('');

/** The column a <table>_<column>_printable constraint guards, or null for any other constraint. */
export function printableColumn(table: string, constraint: string | null): string | null {
	const match = constraint ? /^(.+)_printable$/.exec(constraint) : null;
	return match && match[1].startsWith(`${table}_`) ? match[1].slice(table.length + 1) : null;
}
