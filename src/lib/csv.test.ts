import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvCell, toCsv } from './csv.ts';

describe('CSV for spreadsheets', () => {
	it('starts with a BOM, separates with semicolons and keeps Norwegian letters', () => {
		const csv = toCsv(['navn', 'andel'], [{ navn: 'Bø i Vesterålen', andel: 0.75 }]);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv).toContain('navn;andel\r\nBø i Vesterålen;0,75\r\n');
	});

	it('defuses formulas and quotes what needs quoting, and a CSV parser reads the values back', () => {
		expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		expect(csvCell('+47 22 00 00 00')).toBe("'+47 22 00 00 00");
		expect(csvCell('-1')).toBe("'-1");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell(-1)).toBe('-1');
		const rows = [{ a: 'linje 1\nlinje 2', b: 'semi;kolon', c: ' mellomrom ', d: null }];
		const parsed = parse(toCsv(['a', 'b', 'c', 'd'], rows), {
			bom: true,
			delimiter: ';',
			columns: true
		}) as Record<string, string>[];
		expect(parsed).toEqual([{ a: 'linje 1\nlinje 2', b: 'semi;kolon', c: ' mellomrom ', d: '' }]);
	});
});
