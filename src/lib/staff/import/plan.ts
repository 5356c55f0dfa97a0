// From a read spreadsheet to what an import would do: each cell checked by the database's rules, each row
// compared with the table as it is (by id), and the result as additions, changes (field by field) and removals,
// with every error by row and column. Nothing is applied unless there are no errors (see public.import_rows).
import { cellMessage, parseField } from '$lib/domain/fields';
import { today } from '$lib/domain/ids';
import { IMPORT_TABLES, type ColumnSpec, type ImportTable } from './columns.ts';
import { MAX_ROWS, type ReadFile } from './read.ts';
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

/** One cell as the database value, or the reason it cannot be one (the column's rule, src/lib/domain). */
export function readCell(
	column: ColumnSpec,
	raw: string,
	current: Pick<CurrentData, 'kommunenumre' | 'categories'> & { today?: string }
): { value: Value } | { error: string } {
	// The export puts an apostrophe before text a spreadsheet would run as a formula; it is not part of the text.
	const text = raw.replace(/^'(?=[=+\-@])/, '');
	const field = { label: column.name, ...column };
	const parsed = parseField(field, text, {
		kommunenumre: current.kommunenumre,
		categories: current.categories,
		// Only a date bounded by today needs it (reading the clock per cell is slow on 20 000 rows).
		get today() {
			return current.today ?? today();
		}
	});
	return parsed.problem ? { error: cellMessage(field, parsed.problem, text) } : { value: parsed.value };
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
		fail(null, null, `Filen har over ${MAX_ROWS} rader; en import kan ha høyst ${MAX_ROWS}.`);
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
	const context = { ...current, today: today() };

	file.rows.forEach((cells, index) => {
		const line = index + 2;
		const values: Record<string, Value> = {};
		let rowOk = true;
		for (const column of mapped) {
			const cell = readCell(column, cells[position.get(mapping[column.name]!)!] ?? '', context);
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

/** Rules across the cells of one row: the entity's (as the forms check them), and the references to check. */
function rowRules(table: ImportTable, row: Record<string, Value>, current: CurrentData): [string, string][] {
	const { entity } = IMPORT_TABLES[table];
	const errors: [string, string][] = (entity.crossCheck?.(row) ?? []).map((name) => [
		entity.rules[name].field,
		entity.rules[name].message
	]);
	const known = (column: string, ids: Set<string>, what: string) => {
		if (row[column] && !ids.has(String(row[column])))
			errors.push([column, `${what} ${row[column]} finnes ikke`]);
	};
	if (table === 'arrangement_member') known('arrangement_id', current.arrangementIds, 'ordningen');
	if (table === 'arrangement_coordinator') {
		known('arrangement_id', current.arrangementIds, 'ordningen');
		known('coordinator_id', current.coordinatorIds, 'koordinatoren');
	}
	if (table === 'service') known('arrangement_id', current.arrangementIds, 'ordningen');
	return errors;
}
