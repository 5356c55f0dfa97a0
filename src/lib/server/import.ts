// The spreadsheet import on the server: the file's text read and mapped, compared with the table as stored
// now (the staff member's own view of it), and, when applying, written in one transaction.
import { createHash, randomUUID } from 'node:crypto';
import { IMPORT_TABLES, type ImportTable } from '$lib/staff/import/columns';
import { autoMapping, planImport, type ImportPlan, type Mapping } from '$lib/staff/import/plan';
import { readSpreadsheet, type Encoding, type ReadFile } from '$lib/staff/import/read';
import type { staffData } from './staff-data.ts';

type StaffData = ReturnType<typeof staffData>;

export interface PreparedImport {
	file: ReadFile;
	mapping: Mapping;
	plan: ImportPlan;
	/** Stands for exactly what applying would do; applying refuses if it has changed since the preview. */
	digest: string;
	/** How many rows the table has now (removing more than a tenth needs the count typed in). */
	tableSize: number;
}

/** The mapping posted with the form (kolonne:<name> = heading), or the automatic one for a new file. */
export function postedMapping(form: FormData, table: ImportTable, headers: string[]): Mapping {
	if (!form.has('kolonner')) return autoMapping(table, headers);
	return Object.fromEntries(
		IMPORT_TABLES[table].columns.map((column) => {
			const heading = String(form.get(`kolonne:${column.name}`) ?? '');
			return [column.name, headers.includes(heading) ? heading : null];
		})
	);
}

export async function prepareImport(
	data: StaffData,
	table: ImportTable,
	text: string,
	encoding: Encoding,
	mappingOf: (headers: string[]) => Mapping,
	removeMissing: boolean
): Promise<PreparedImport> {
	const file = readSpreadsheet(text, encoding);
	const mapping = mappingOf(file.headers);
	const [stored, reference] = await Promise.all([data.exportProgrammeData(), data.importReference()]);
	const plan = planImport(
		table,
		file,
		mapping,
		{
			rows: stored[table],
			kommunenumre: new Set(reference.kommunenumre),
			categories: new Set(reference.categories),
			arrangementIds: new Set(stored.arrangement.map((a) => String(a.id))),
			coordinatorIds: new Set(stored.coordinator.map((c) => String(c.id))),
			links: stored.arrangement_coordinator.map((l) => ({
				id: String(l.id),
				arrangement_id: String(l.arrangement_id),
				coordinator_id: String(l.coordinator_id)
			})),
			coordinatorNames: new Map(stored.coordinator.map((c) => [String(c.id), String(c.full_name)]))
		},
		removeMissing
	);
	const tableSize = stored[table].length;
	const digest = createHash('sha256')
		.update(
			JSON.stringify([plan.additions, plan.changes, plan.removals.map((r) => r.id), plan.errors.length])
		)
		.digest('base64url');
	return { file, mapping, plan, digest, tableSize };
}

/**
 * What confirming the removals takes: none; a tick that names the count; or, when the import removes more than
 * a tenth of the table, the count typed in. Either way the server passes the confirmed count to the database,
 * which refuses removals without it.
 */
export function removalConfirmation(removals: number, tableSize: number): 'none' | 'tick' | 'typed' {
	if (removals === 0) return 'none';
	return removals * 10 > tableSize ? 'typed' : 'tick';
}

/** The number of removals the posted form confirms (0 when it confirms none or the wrong number). */
export function confirmedRemovals(form: FormData, removals: number): number {
	const posted = String(form.get('bekreft-fjerning') ?? '').trim();
	return posted !== '' && Number(posted) === removals ? removals : 0;
}

/** Writes the plan: additions get a new id when the file has none. */
export function applyImport(data: StaffData, plan: ImportPlan, confirmed: number) {
	const rows = [
		...plan.additions.map((a) => ({ ...a.values, id: a.values.id ?? randomUUID() })),
		...plan.changes.map((c) => c.row)
	];
	return data.importRows(
		plan.table,
		rows,
		plan.removals.map((r) => r.id),
		confirmed
	);
}
