import { describe, expect, it } from 'vitest';
import {
	decodeText,
	detectDelimiter,
	ImportFileError,
	MAX_COLUMNS,
	MAX_ROW_CHARS,
	MAX_ROWS,
	readSpreadsheet
} from './read.ts';
import { autoMapping, planImport, readCell, type CurrentData } from './plan.ts';
import { IMPORT_TABLES } from './columns.ts';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

const current: CurrentData = {
	rows: [
		{
			id: A,
			full_name: 'Kari Nordmann',
			title: 'Kreftkoordinator',
			phone: '22 00 00 00',
			email: 'kari@example.org',
			office_address: null,
			office_hours: null,
			verified_at: '2026-01-05',
			version: 3
		},
		{
			id: B,
			full_name: 'Ola Nordmann',
			title: null,
			phone: null,
			email: null,
			office_address: null,
			office_hours: null,
			verified_at: null,
			version: 1
		}
	],
	kommunenumre: new Set(['0301', '4601']),
	categories: new Set(['other']),
	arrangementIds: new Set(),
	coordinatorIds: new Set([A, B])
};

const file = (text: string) => readSpreadsheet(text, 'utf-8');
const plan = (text: string, removeMissing = false) => {
	const read = file(text);
	return planImport('coordinator', read, autoMapping('coordinator', read.headers), current, removeMissing);
};

describe('reading the spreadsheet', () => {
	it('reads UTF-8 with and without a byte-order mark, and Windows-1252', () => {
		const utf8 = new TextEncoder().encode('navn\nÆrlig Øyvind Åsen\n');
		expect(decodeText(utf8)).toEqual({ text: 'navn\nÆrlig Øyvind Åsen\n', encoding: 'utf-8' });
		const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
		expect(decodeText(bom).text).toBe('navn\nÆrlig Øyvind Åsen\n');
		// "Ærlig Øyvind Åsen" in Windows-1252: Æ = C6, Ø = D8, Å = C5 (not valid UTF-8).
		const cp1252 = new Uint8Array([
			...new TextEncoder().encode('navn\n'),
			0xc6,
			...new TextEncoder().encode('rlig '),
			0xd8,
			...new TextEncoder().encode('yvind '),
			0xc5,
			...new TextEncoder().encode('sen\n')
		]);
		expect(decodeText(cp1252)).toEqual({ text: 'navn\nÆrlig Øyvind Åsen\n', encoding: 'windows-1252' });
	});

	it('reads every byte 0x80–0x9F of Windows-1252 as the character it stands for (WHATWG table)', () => {
		// index-windows-1252.txt, 0x80–0x9F; null: no character (five bytes).
		const table = [
			0x20ac,
			null,
			0x201a,
			0x0192,
			0x201e,
			0x2026,
			0x2020,
			0x2021,
			0x02c6,
			0x2030,
			0x0160,
			0x2039,
			0x0152,
			null,
			0x017d,
			null,
			null,
			0x2018,
			0x2019,
			0x201c,
			0x201d,
			0x2022,
			0x2013,
			0x2014,
			0x02dc,
			0x2122,
			0x0161,
			0x203a,
			0x0153,
			null,
			0x017e,
			0x0178
		];
		table.forEach((expected, i) => {
			// The byte then Ø (0xD8): not UTF-8, as a real Windows-1252 file is not.
			const { text, encoding } = decodeText(new Uint8Array([0x6e, 0x0a, 0x80 + i, 0xd8, 0x0a]));
			expect(encoding).toBe('windows-1252');
			const character = text.split('\n')[1].slice(0, 1);
			if (expected !== null) expect(character.codePointAt(0)).toBe(expected);
			// A byte with no character is never kept as an invisible control character.
			else
				expect(readCell({ name: 'title', kind: 'text' }, text.split('\n')[1], current)).toHaveProperty(
					'error'
				);
		});
		const hours = new Uint8Array([
			...new TextEncoder().encode('office_hours\nMan'),
			0x96,
			...new TextEncoder().encode('fre 08.30'),
			0x96,
			...new TextEncoder().encode('15.00 '),
			0x93,
			0x80,
			0x94,
			0x0a
		]);
		expect(decodeText(hours).text).toBe('office_hours\nMan–fre 08.30–15.00 “€”\n');
	});

	it('refuses control characters in any text cell, naming the character', () => {
		for (const column of IMPORT_TABLES.coordinator.columns.filter((c) => c.kind === 'text'))
			expect(readCell(column, 'Man\u0096fre', current)).toEqual({
				error: expect.stringContaining('U+0096')
			});
		expect(readCell({ name: 'name', kind: 'text' }, 'Ja\u0007', current)).toHaveProperty('error');
		expect(readCell({ name: 'notes', kind: 'text', multiline: true }, 'a\nb', current)).toEqual({
			value: 'a\nb'
		});
	});

	it('finds the separator from the heading line, not counting quoted text', () => {
		expect(detectDelimiter('id;full_name;title\n')).toBe(';');
		expect(detectDelimiter('id,full_name,"title; role"\n')).toBe(',');
		expect(file('\uFEFFid;full_name\r\n1;"Nordmann; Kari"\r\n').rows).toEqual([['1', 'Nordmann; Kari']]);
	});

	it('refuses empty files, heading-only files, ragged rows and repeated headings with a clear message', () => {
		expect(() => file('')).toThrow(new ImportFileError('Filen er tom.'));
		expect(() => file('\uFEFF  \r\n')).toThrow('Filen er tom.');
		expect(() => file('id;full_name\n')).toThrow('ingen rader');
		expect(() => file('id;full_name\n1;2;3\n')).toThrow(/linje 2/);
		expect(() => file('navn;navn\na;b\n')).toThrow('«navn» står to ganger');
	});

	// The production server has a 160 MB heap: a file of 8 MB of commas used to become one row of 8 million
	// cells, and crashed it. Each bound is checked before the cells are made.
	it('refuses too many columns, an over-long row and an unclosed quote before reading the cells', () => {
		const MiB = 2 ** 20;
		expect(() => file(','.repeat(8 * MiB))).toThrow(
			new ImportFileError(
				`Filen har over ${MAX_COLUMNS} kolonner; en import kan ha høyst ${MAX_COLUMNS}. Sjekk at den er lagret som CSV.`
			)
		);
		expect(() =>
			file(`${Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `k${i}`).join(';')}\n1\n`)
		).toThrow(/over 200 kolonner/);
		const wide = Array.from({ length: MAX_COLUMNS }, (_, i) => `k${i}`).join(';');
		expect(file(`${wide}\n${';'.repeat(MAX_COLUMNS - 1)}\n`).headers).toHaveLength(MAX_COLUMNS);
		expect(() => file(`id;navn\n1;"${'x'.repeat(7 * MiB)}"\n`)).toThrow(
			`Linje 2 er over ${MAX_ROW_CHARS} tegn`
		);
		expect(() => file(`id;navn\n1;ok\n2;"${'y;'.repeat(500_000)}\n`)).toThrow(/Linje 3 er over/);
		expect(() => file(`id;navn\n1;"ikke lukket\n`)).toThrow(/anførselstegn/);
		expect(file(`id;navn\n1;"${'x'.repeat(MAX_ROW_CHARS - 20)}"\n`).rows[0][1]).toHaveLength(
			MAX_ROW_CHARS - 20
		);
	});

	it('reads one row past the most an import may have, and no further', () => {
		const text = `id;navn\n${'1;a\n'.repeat(300_000)}`;
		const read = file(text);
		expect(read.rows).toHaveLength(MAX_ROWS + 1);
		expect(read.complete).toBe(false);
		expect(file('id;navn\n1;a\n').complete).toBe(true);
	});
});

describe('cells', () => {
	const column = (name: string) => IMPORT_TABLES.coordinator.columns.find((c) => c.name === name)!;
	it('applies the database rules with a message saying what is wrong', () => {
		expect(readCell(column('phone'), '22 00 00 00', current)).toEqual({ value: '22 00 00 00' });
		expect(readCell(column('phone'), '123', current)).toEqual({
			error: '«123» er ikke et norsk telefonnummer (åtte sifre)'
		});
		expect(readCell(column('email'), 'kari@', current)).toHaveProperty('error');
		expect(readCell(column('verified_at'), '5.1.2026', current)).toEqual({ value: '2026-01-05' });
		expect(readCell(column('verified_at'), '2026-02-30', current)).toHaveProperty('error');
		expect(readCell(column('full_name'), '  ', current)).toEqual({ error: 'må fylles ut' });
		// Text is text, scripts included (it is escaped wherever it is shown).
		expect(readCell(column('title'), '<script>alert(1)</script>', current)).toEqual({
			value: '<script>alert(1)</script>'
		});
		// The export's guard against formulas is taken off again.
		expect(readCell(column('title'), "'=SUM(A1)", current)).toEqual({ value: '=SUM(A1)' });
		const kommune = IMPORT_TABLES.arrangement_member.columns.find((c) => c.name === 'kommunenummer')!;
		expect(readCell(kommune, '301', current)).toEqual({ value: '0301' });
		expect(readCell(kommune, '9999', current)).toHaveProperty('error');
	});
});

describe('the import plan', () => {
	it('maps headings by name or by a Norwegian name', () => {
		expect(autoMapping('coordinator', ['Navn', 'Telefon', 'E-post', 'annet'])).toMatchObject({
			full_name: 'Navn',
			phone: 'Telefon',
			email: 'E-post',
			id: null
		});
	});

	it('lists changes field by field, additions and unchanged rows', () => {
		const result = plan(
			`id;full_name;title;phone\n${A};Kari Nordmann;Kreftkoordinator;22 00 00 00\n${B};Ola Nordmann;Sykepleier;\n;Per Hansen;;23 45 67 89\n`
		);
		expect(result.errors).toEqual([]);
		expect(result.unchanged).toBe(1);
		expect(result.changes).toEqual([
			expect.objectContaining({
				line: 3,
				id: B,
				fields: [{ column: 'title', before: null, after: 'Sykepleier' }]
			})
		]);
		expect(result.additions.map((a) => [a.line, a.values.full_name, a.values.phone])).toEqual([
			[4, 'Per Hansen', '23 45 67 89']
		]);
		expect(result.removals).toEqual([]);
	});

	it('lists the rows missing from the file as removals only when asked to', () => {
		const text = `id;full_name\n${A};Kari Nordmann\n`;
		expect(plan(text).removals).toEqual([]);
		expect(plan(text, true).removals.map((r) => r.id)).toEqual([B]);
	});

	it('reports every bad cell and duplicated row by line and column', () => {
		const result = plan(
			`id;full_name;phone\n${A};Kari;123\n${A};Kari;22 00 00 00\n;Per;\n;Per;\n;;22 00 00 00\n`
		);
		expect(result.errors).toEqual([
			{ line: 2, column: 'phone', message: '«123» er ikke et norsk telefonnummer (åtte sifre)' },
			{ line: 5, column: null, message: 'raden er lik linje 4' },
			{ line: 6, column: 'full_name', message: 'må fylles ut' }
		]);
		const ids = plan(`id;full_name\n${B};Ola\n${B};Ola 2\n`).errors;
		expect(ids).toEqual([{ line: 3, column: 'id', message: 'samme id som linje 2' }]);
	});

	it('needs the required columns for new rows, not for changes', () => {
		expect(plan(`id;title\n${A};Leder\n`).errors).toEqual([]);
		expect(plan(`title\nLeder\n`).errors[0].message).toMatch(/1 nye rader mangler kolonnene «full_name»/);
	});

	it('refuses more rows than an import may have, and handles the largest allowed quickly', () => {
		const rows = Array.from(
			{ length: 10_000 },
			(_, i) =>
				`;Person ${i};22 00 ${String(i)
					.padStart(4, '0')
					.replace(/(..)(..)/, '$1 $2')}`
		);
		const result = plan(`id;full_name;phone\n${rows.join('\n')}\n`);
		expect(result.errors).toEqual([]);
		expect(result.additions).toHaveLength(10_000);
		const tooMany = plan(
			`full_name\n${Array.from({ length: MAX_ROWS + 1 }, (_, i) => `P${i}`).join('\n')}\n`
		);
		expect(tooMany.errors[0].message).toMatch(/høyst 20000/);
		const farTooMany = plan(`full_name\n${'P\n'.repeat(3 * MAX_ROWS)}`);
		expect(farTooMany.errors[0].message).toBe(
			`Filen har over ${MAX_ROWS} rader; en import kan ha høyst ${MAX_ROWS}.`
		);
	});
});
