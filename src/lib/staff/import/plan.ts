// From a read spreadsheet to what an import would do: each cell checked by the database's rules, each row
// compared with the table as it is (by id), and the result as additions, changes (field by field) and removals,
// with every error by row and column. Nothing is applied unless there are no errors (see public.import_rows).
import { EMAIL, NORWEGIAN_PHONE } from '../coordinator-form.ts';
import { controlCharacterIn } from '../printable.ts';
import { IMPORT_TABLES, type ColumnSpec, type ImportTable, type ValueKind } from './columns.ts';
import type { ReadFile } from './read.ts';
import { matchByKeys, naturalKeyIndex } from './natural-keys.ts';
import { unreachableAfter, type Unreachable } from './unreachable.ts';

export type Value = string | number | null;
/** Target column → the spreadsheet heading it comes from (null: not in the file). */
export type Mapping = Record<string, string | null>;

export interface RowError {
	/** The spreadsheet line (the headings are line 1); null for the whole file. */
	line: number | null;
	column: string | null;
	message: string;
}
export interface Addition {
	line: number;
	values: Record<string, Value>;
}
export interface Change {
	line: number;
	id: string;
	fields: { column: string; before: Value; after: Value }[];
	/** The whole row as it would be stored. */
	row: Record<string, Value>;
}
export interface Removal {
	id: string;
	values: Record<string, Value>;
}
export interface ImportPlan {
	table: ImportTable;
	additions: Addition[];
	changes: Change[];
	removals: Removal[];
	unchanged: number;
	errors: RowError[];
	/** Rows no public page would reach after the import (a coordinator in no arrangement). */
	unreachable: Unreachable[];
}

/** What the file is compared with and checked against. */
export interface CurrentData {
	rows: Record<string, unknown>[];
	kommunenumre: Set<string>;
	categories: Set<string>;
	arrangementIds: Set<string>;
	coordinatorIds: Set<string>;
	/** The links between arrangements and coordinators, and the coordinators' names (for unreachable rows). */
	links?: { id: string; arrangement_id: string; coordinator_id: string }[];
	coordinatorNames?: Map<string, string>;
}

export const MAX_ROWS = 20_000;

const normalHeading = (text: string) =>
	text
		.toLowerCase()
		.replace(/[\s_]+/g, ' ')
		.trim();

/** Headings that are a column's name or one of its other names. */
export function autoMapping(table: ImportTable, headers: string[]): Mapping {
	const byHeading = new Map(headers.map((h) => [normalHeading(h), h]));
	return Object.fromEntries(
		IMPORT_TABLES[table].columns.map((column) => {
			const names = [column.name, ...(column.aliases ?? [])].map(normalHeading);
			return [column.name, names.map((n) => byHeading.get(n)).find((h) => h !== undefined) ?? null];
		})
	);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ROLES: Record<string, string> = {
	primary: 'primary',
	hovedkoordinator: 'primary',
	deputy: 'deputy',
	stedfortreder: 'deputy'
};

function isoDate(text: string): string | null {
	const norwegian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
	const iso = norwegian
		? `${norwegian[3]}-${norwegian[2].padStart(2, '0')}-${norwegian[1].padStart(2, '0')}`
		: text;
	if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
	const date = new Date(`${iso}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** One cell as the database value, or the reason it cannot be one. */
export function readCell(
	column: ColumnSpec,
	raw: string,
	current: Pick<CurrentData, 'kommunenumre' | 'categories'>
): { value: Value } | { error: string } {
	// The export puts an apostrophe before text a spreadsheet would run as a formula; it is not part of the text.
	const text = raw.replace(/^'(?=[=+\-@])/, '').trim();
	if (text === '') return column.required ? { error: 'må fylles ut' } : { value: null };
	// Every kind of cell: a control character or an unreadable byte is never stored (and never shown as boxes).
	const control = controlCharacterIn(text, column.multiline ?? false);
	if (control)
		return {
			error: `har et usynlig kontrolltegn (${control}); er filen lagret i et annet tegnsett? Lagre den som CSV UTF-8`
		};
	if (text.includes('\uFFFD'))
		return { error: 'har et tegn som ikke kunne leses (feil tegnsett?); lagre filen som CSV UTF-8' };
	const kinds: Record<ValueKind, () => { value: Value } | { error: string }> = {
		uuid: () =>
			UUID.test(text.toLowerCase())
				? { value: text.toLowerCase() }
				: { error: `«${text}» er ikke en gyldig id` },
		text: () =>
			column.max && text.length > column.max
				? { error: `er ${text.length} tegn; høyst ${column.max}` }
				: { value: text },
		kommunenummer: () => {
			// Spreadsheets drop the leading zero of 0301.
			const number = /^\d{3}$/.test(text) ? `0${text}` : text;
			if (!/^\d{4}$/.test(number)) return { error: `«${text}» er ikke et kommunenummer (fire sifre)` };
			return current.kommunenumre.has(number)
				? { value: number }
				: { error: `kommunenummer ${number} finnes ikke (2024-inndelingen)` };
		},
		date: () => {
			const date = isoDate(text);
			return date ? { value: date } : { error: `«${text}» er ikke en dato (åååå-mm-dd eller dd.mm.åååå)` };
		},
		year: () => {
			const year = Number(text);
			return Number.isInteger(year) && year >= 2012 && year <= 2100
				? { value: year }
				: { error: `«${text}» er ikke et år fra 2012` };
		},
		percent: () => {
			const percent = Number(text.replace(',', '.').replace(/\s*%$/, ''));
			return Number.isFinite(percent) && percent > 0 && percent <= 1000
				? { value: percent }
				: { error: `«${text}» er ikke en stillingsprosent (over 0, høyst 1000)` };
		},
		phone: () =>
			NORWEGIAN_PHONE.test(text)
				? { value: text }
				: { error: `«${text}» er ikke et norsk telefonnummer (åtte sifre)` },
		email: () => (EMAIL.test(text) ? { value: text } : { error: `«${text}» er ikke en e-postadresse` }),
		url: () =>
			/^https?:\/\/\S+$/i.test(text) && text.length <= 500
				? { value: text }
				: { error: `«${text}» er ikke en nettadresse (https://…)` },
		role: () =>
			ROLES[text.toLowerCase()]
				? { value: ROLES[text.toLowerCase()] }
				: { error: `«${text}» er ikke en rolle (primary eller deputy)` },
		category: () =>
			current.categories.has(text) ? { value: text } : { error: `«${text}» er ikke en kategori` }
	};
	return kinds[column.kind]();
}

/** A stored value in the form readCell gives, for comparison. */
function stored(column: ColumnSpec, value: unknown): Value {
	if (value === null || value === undefined || value === '') return null;
	if (column.kind === 'percent' || column.kind === 'year') return Number(value);
	return String(value);
}

export function planImport(
	table: ImportTable,
	file: ReadFile,
	mapping: Mapping,
	current: CurrentData,
	removeMissing: boolean
): ImportPlan {
	const spec = IMPORT_TABLES[table];
	const plan: ImportPlan = {
		table,
		additions: [],
		changes: [],
		removals: [],
		unchanged: 0,
		errors: [],
		unreachable: []
	};
	const fail = (line: number | null, column: string | null, message: string) =>
		plan.errors.push({ line, column, message });

	if (file.rows.length > MAX_ROWS) {
		fail(null, null, `Filen har ${file.rows.length} rader; en import kan ha høyst ${MAX_ROWS}.`);
		return plan;
	}
	const mapped = spec.columns.filter((column) => mapping[column.name]);
	const position = new Map(file.headers.map((h, i) => [h, i]));
	const missingRequired = spec.columns.filter((c) => c.required && !mapping[c.name]).map((c) => c.name);
	const existing = new Map(current.rows.map((row) => [String(row.id), row]));
	const byKeys = naturalKeyIndex(table, current.rows);
	const seenIds = new Map<string, number>();
	const seenContent = new Map<string, number>();
	let newWithoutRequired = 0;

	file.rows.forEach((cells, index) => {
		const line = index + 2;
		const values: Record<string, Value> = {};
		let rowOk = true;
		for (const column of mapped) {
			const cell = readCell(column, cells[position.get(mapping[column.name]!)!] ?? '', current);
			if ('error' in cell) {
				fail(line, column.name, cell.error);
				rowOk = false;
			} else values[column.name] = cell.value;
		}
		if (!rowOk) return;
		// A row without id is the stored row with its natural key (a second import of the same file adds nothing).
		const matched = !values.id;
		if (matched) values.id = matchByKeys(table, values, byKeys);
		const id = (values.id as string | null) ?? null;
		const before = id ? existing.get(id) : undefined;
		// The row as it would be stored: the file's values over the current ones.
		const row: Record<string, Value> = Object.fromEntries(
			spec.columns.map((c) => [
				c.name,
				c.name in values ? values[c.name] : before ? stored(c, before[c.name]) : null
			])
		);

		if (id) {
			if (seenIds.has(id))
				return matched
					? fail(line, null, `samme rad (samme navn og kontaktopplysninger) som linje ${seenIds.get(id)}`)
					: fail(line, 'id', `samme id som linje ${seenIds.get(id)}`);
			seenIds.set(id, line);
		}
		const content = JSON.stringify(spec.columns.filter((c) => c.name !== 'id').map((c) => row[c.name]));
		if (seenContent.has(content)) return fail(line, null, `raden er lik linje ${seenContent.get(content)}`);
		seenContent.set(content, line);

		const rowErrors = rowRules(table, row, current);
		for (const [column, message] of rowErrors) fail(line, column, message);
		if (rowErrors.length) return;

		if (!before) {
			if (missingRequired.length) return void newWithoutRequired++; // reported once, below
			plan.additions.push({ line, values: row });
			return;
		}
		const fields = mapped
			.filter((c) => c.name !== 'id' && stored(c, before[c.name]) !== row[c.name])
			.map((c) => ({ column: c.name, before: stored(c, before[c.name]), after: row[c.name] }));
		if (fields.length) plan.changes.push({ line, id: id!, fields, row });
		else plan.unchanged++;
	});

	if (newWithoutRequired > 0)
		fail(
			null,
			null,
			`${newWithoutRequired} nye rader mangler kolonnene ${missingRequired.map((c) => `«${c}»`).join(', ')}: ` +
				'velg dem under «Kolonner».'
		);

	if (removeMissing)
		for (const [id, row] of existing)
			if (!seenIds.has(id))
				plan.removals.push({
					id,
					values: Object.fromEntries(spec.columns.map((c) => [c.name, stored(c, row[c.name])]))
				});
	plan.unreachable = unreachableAfter(plan, current);
	return plan;
}

/** Rules across the cells of one row (the database's checks that span columns and references). */
function rowRules(table: ImportTable, row: Record<string, Value>, current: CurrentData): [string, string][] {
	const errors: [string, string][] = [];
	const inOrder = (from: string, to: string) => {
		if (row[from] && row[to] && String(row[to]) < String(row[from]))
			errors.push([to, `kommer før ${from} (${row[from]})`]);
	};
	const known = (column: string, ids: Set<string>, what: string) => {
		if (row[column] && !ids.has(String(row[column])))
			errors.push([column, `${what} ${row[column]} finnes ikke`]);
	};
	if (table === 'arrangement') inOrder('started_on', 'ended_on');
	if (table === 'arrangement_member') {
		inOrder('valid_from', 'valid_to');
		known('arrangement_id', current.arrangementIds, 'ordningen');
	}
	if (table === 'arrangement_coordinator') {
		known('arrangement_id', current.arrangementIds, 'ordningen');
		known('coordinator_id', current.coordinatorIds, 'koordinatoren');
	}
	if (table === 'service') {
		known('arrangement_id', current.arrangementIds, 'ordningen');
		if ((row.kommunenummer === null) === (row.arrangement_id === null))
			errors.push([
				'kommunenummer',
				'et tilbud hører til enten en kommune eller en ordning (fyll ut én av dem)'
			]);
	}
	return errors;
}
