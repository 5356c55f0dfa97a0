import { describe, expect, it } from 'vitest';
import { controlCharacterIn, printableColumn } from './printable.ts';

describe('control characters in text', () => {
	it('finds C0, DEL and C1 controls, by code point', () => {
		expect(controlCharacterIn('Man\u0096fre', false)).toBe('U+0096');
		expect(controlCharacterIn('\u0080 100', false)).toBe('U+0080');
		expect(controlCharacterIn('a\u0007b', true)).toBe('U+0007');
		expect(controlCharacterIn('a\u007fb', true)).toBe('U+007F');
		for (let code = 0x80; code <= 0x9f; code++)
			expect(controlCharacterIn(`x${String.fromCharCode(code)}`, true)).not.toBeNull();
	});
	it('accepts ordinary text, and line breaks and tabs only where the field has several lines', () => {
		expect(controlCharacterIn('Man–fre 08.30–15.00 «sitat» € ’', false)).toBeNull();
		expect(controlCharacterIn('linje 1\r\nlinje 2\tinnrykk', true)).toBeNull();
		expect(controlCharacterIn('linje 1\nlinje 2', false)).toBe('U+000A');
	});
	it("reads the column from the database's constraint name", () => {
		expect(printableColumn('coordinator', 'coordinator_office_hours_printable')).toBe('office_hours');
		expect(printableColumn('arrangement', 'arrangement_notes_printable')).toBe('notes');
		expect(printableColumn('arrangement', 'arrangement_check')).toBeNull();
		expect(printableColumn('service', 'coordinator_title_printable')).toBeNull();
	});
});
