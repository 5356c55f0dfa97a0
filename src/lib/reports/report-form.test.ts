import { describe, expect, it } from 'vitest';
import { checkReport, HONEYPOT } from './report-form.ts';

const form = (fields: Record<string, string>) => ({ get: (name: string) => fields[name] ?? null });

describe('checkReport', () => {
	it.each([
		[{ message: 'Telefonnummeret er feil' }, []],
		[{ message: '  feil ' }, ['message_short']],
		[{ message: 'æøå😀' }, ['message_short']],
		[{ message: 'x'.repeat(2000) }, []],
		[{ message: 'x'.repeat(2001) }, ['message_long']],
		[{ message: '😀'.repeat(2000) }, []],
		[{ message: 'Linje en\r\nlinje to\tinnrykk' }, []],
		[{ message: 'Feil\u0007her' }, ['control']],
		[{ message: 'Riktig tekst', contact: 'ola@example.org\u0000' }, ['control']],
		[{ message: 'Riktig tekst', contact: 'x'.repeat(201) }, ['contact_long']],
		[{}, ['message_short']]
	])('%j gives %j', (fields, errors) => {
		expect(checkReport(form(fields)).errors).toEqual(errors);
	});

	it('keeps what was typed, trimmed, with line breaks normalised', () => {
		expect(checkReport(form({ message: ' a\r\nb c d ', contact: ' 99 99 99 99 ' })).values).toEqual({
			message: 'a\nb c d',
			contact: '99 99 99 99'
		});
	});

	it('knows a filled honeypot', () => {
		expect(checkReport(form({ message: 'Noe er feil', [HONEYPOT]: 'http://spam' })).spam).toBe(true);
		expect(checkReport(form({ message: 'Noe er feil' })).spam).toBe(false);
	});
});
