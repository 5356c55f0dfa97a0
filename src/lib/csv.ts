// CSV for spreadsheets: UTF-8 with a byte-order mark and semicolons, which Excel with Norwegian settings opens
// with æ, ø and å intact and in columns. Cells that a spreadsheet would run as a formula (= + - @, tab,
// carriage return at the start) get a leading apostrophe, so exported data cannot run as a formula.
export const CSV_BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	let text = typeof value === 'number' ? String(value).replace('.', ',') : String(value);
	if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
	return /[";\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: string[], rows: Record<string, CsvValue>[]): string {
	const lines = [
		columns.map(csvCell).join(';'),
		...rows.map((row) => columns.map((c) => csvCell(row[c])).join(';'))
	];
	return CSV_BOM + lines.join('\r\n') + '\r\n';
}
