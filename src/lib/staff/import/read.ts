// Reading an uploaded spreadsheet: the text (UTF-8 with or without a byte-order mark, else Windows-1252, as
// Excel saves "CSV" on Norwegian Windows), the separator (semicolon or comma) and the cells.
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'windows-1252';

export interface ReadFile {
	encoding: Encoding;
	delimiter: ';' | ',';
	headers: string[];
	/** The cells of each row after the headings; row i is line i + 2 of the spreadsheet. */
	rows: string[][];
}

export class ImportFileError extends Error {}

export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
	try {
		// fatal: bytes that are not UTF-8 throw instead of turning into replacement characters.
		const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
		return { text, encoding: 'utf-8' };
	} catch {
		// Not TextDecoder('windows-1252'): Node 20 without full ICU reads it as Latin-1, so 0x80–0x9F (€, the
		// dashes and curly quotes) become invisible control characters. iconv-lite has the full table; its five
		// bytes with no character become U+FFFD, which the import refuses.
		return {
			text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252'),
			encoding: 'windows-1252'
		};
	}
}

/** The separator that splits the heading line into more cells (quoted text not counted). */
export function detectDelimiter(text: string): ';' | ',' {
	const firstLine = text.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
	const count = (c: string) => firstLine.split(c).length - 1;
	return count(';') >= count(',') && count(';') > 0 ? ';' : ',';
}

export function readSpreadsheet(text: string, encoding: Encoding): ReadFile {
	if (text.replace(/^\uFEFF/, '').trim() === '') throw new ImportFileError('Filen er tom.');
	const delimiter = detectDelimiter(text.replace(/^\uFEFF/, ''));
	let records: string[][];
	try {
		records = parse(text, {
			bom: true,
			delimiter,
			skip_empty_lines: true,
			relax_quotes: false
		}) as string[][];
	} catch (cause) {
		const line = (cause as { lines?: number }).lines;
		throw new ImportFileError(
			`Filen kan ikke leses som CSV${line ? ` (linje ${line})` : ''}: sjekk at hver rad har like mange kolonner og at anførselstegn er lukket.`
		);
	}
	const [headers, ...rows] = records;
	if (rows.length === 0) throw new ImportFileError('Filen har overskrifter, men ingen rader.');
	const names = headers.map((h) => h.trim());
	const repeated = names.find((name, i) => name !== '' && names.indexOf(name) !== i);
	if (repeated) throw new ImportFileError(`Overskriften «${repeated}» står to ganger.`);
	return { encoding, delimiter, headers: names, rows };
}
