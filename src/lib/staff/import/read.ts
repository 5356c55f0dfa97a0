// Reading an uploaded spreadsheet: the text (UTF-8 with or without a byte-order mark, else Windows-1252, as
// Excel saves "CSV" on Norwegian Windows), the separator (semicolon or comma) and the cells.
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'windows-1252';

// How much of a file the import reads. The server's heap is small (`npm start` caps it at 160 MB), and a CSV
// cell costs far more memory than its bytes, so every bound is checked before the cells are made: a file of
// 8 MB of commas was once one row of 8 million cells, and crashed the server.
/** Rows an import may have; the reader stops one row past it, which is enough to say the file is too long. */
export const MAX_ROWS = 20_000;
/** Columns a file may have: the widest table has about twenty, and a spreadsheet may carry others beside them. */
export const MAX_COLUMNS = 200;
/** Characters in one row (the longest field, an arrangement's notes, is 10 000). */
export const MAX_ROW_CHARS = 100_000;

export interface ReadFile {
	encoding: Encoding;
	delimiter: ';' | ',';
	headers: string[];
	/** The cells of each row after the headings; row i is line i + 2 of the spreadsheet. */
	rows: string[][];
	/** False when the file has more than MAX_ROWS rows and only the first MAX_ROWS + 1 were read. */
	complete: boolean;
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

/** How many semicolons and commas the heading line has outside quotes (counted, not split: see MAX_COLUMNS). */
function headingSeparators(text: string): { ';': number; ',': number } {
	const counts = { ';': 0, ',': 0 };
	let quoted = false;
	for (let i = 0; i < text.length && i <= MAX_ROW_CHARS; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		else if (!quoted && (c === '\n' || c === '\r')) break;
		else if (!quoted && (c === ';' || c === ',')) counts[c]++;
	}
	return counts;
}

const delimiterOf = (counts: { ';': number; ',': number }): ';' | ',' =>
	counts[';'] >= counts[','] && counts[';'] > 0 ? ';' : ',';

/** The separator that splits the heading line into more cells (quoted text not counted). */
export const detectDelimiter = (text: string): ';' | ',' => delimiterOf(headingSeparators(text));

const CANNOT_READ = (line: number | undefined) =>
	`Filen kan ikke leses som CSV${line ? ` (linje ${line})` : ''}: sjekk at hver rad har like mange kolonner og at anførselstegn er lukket.`;

export function readSpreadsheet(text: string, encoding: Encoding): ReadFile {
	const body = text.replace(/^\uFEFF/, '');
	if (body.trim() === '') throw new ImportFileError('Filen er tom.');
	const separators = headingSeparators(body);
	const delimiter = delimiterOf(separators);
	if (separators[delimiter] + 1 > MAX_COLUMNS)
		throw new ImportFileError(
			`Filen har over ${MAX_COLUMNS} kolonner; en import kan ha høyst ${MAX_COLUMNS}. Sjekk at den er lagret som CSV.`
		);
	let records: string[][];
	try {
		records = parse(body, {
			delimiter,
			skip_empty_lines: true,
			relax_quotes: false,
			// Every later row must have the heading's number of cells (csv-parse's default), so MAX_COLUMNS holds
			// for them too; these two bound the rest.
			max_record_size: MAX_ROW_CHARS,
			to: MAX_ROWS + 2
		}) as string[][];
	} catch (cause) {
		const { code, lines } = cause as { code?: string; lines?: number };
		if (code === 'CSV_MAX_RECORD_SIZE')
			throw new ImportFileError(
				`Linje ${lines ?? '?'} er over ${MAX_ROW_CHARS} tegn. Sjekk at anførselstegn er lukket; en celle kan ikke være så lang.`
			);
		throw new ImportFileError(CANNOT_READ(lines));
	}
	const [headers, ...rows] = records;
	if (rows.length === 0) throw new ImportFileError('Filen har overskrifter, men ingen rader.');
	const names = headers.map((h) => h.trim());
	const repeated = names.find((name, i) => name !== '' && names.indexOf(name) !== i);
	if (repeated) throw new ImportFileError(`Overskriften «${repeated}» står to ganger.`);
	return { encoding, delimiter, headers: names, rows, complete: rows.length <= MAX_ROWS };
}
