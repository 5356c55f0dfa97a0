// What identifies a row for a person when the file has no id: a coordinator by name and e-mail or phone, an
// arrangement by name and host, a membership by arrangement, municipality and start, a link by arrangement and
// coordinator, a service by category, name and owner. A file row without id that has the key of exactly one
// stored row is that row, so that importing the same file twice adds nothing the second time.
import type { ImportTable } from './columns.ts';

type Row = Record<string, unknown>;

const text = (value: unknown) =>
	value === null || value === undefined
		? ''
		: String(value).normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
/** 22 00 00 00, +47 22000000 and 0047 22 00 00 00 are one number. */
const phone = (value: unknown) =>
	text(value)
		.replace(/\D/g, '')
		.replace(/^(0047|47)(?=\d{8}$)/, '');

/** The row's keys; rows share identity when they share a key. Empty when the row lacks what a key needs. */
export function naturalKeys(table: ImportTable, row: Row): string[] {
	const all = (...parts: string[]) => (parts.every((p) => p !== '') ? [parts.join('|')] : []);
	switch (table) {
		case 'coordinator':
			return [
				...all('e-post', text(row.full_name), text(row.email)),
				...all('telefon', text(row.full_name), phone(row.phone))
			];
		case 'arrangement':
			return all(text(row.name), text(row.host_kommunenummer));
		case 'arrangement_member':
			return all(text(row.arrangement_id), text(row.kommunenummer), text(row.valid_from));
		case 'arrangement_coordinator':
			return all(text(row.arrangement_id), text(row.coordinator_id));
		case 'service':
			return all(text(row.category), text(row.name), text(row.kommunenummer ?? row.arrangement_id));
	}
}

/** Key → the id of the one stored row with it (keys two stored rows share identify neither). */
export function naturalKeyIndex(table: ImportTable, rows: Row[]): Map<string, string | null> {
	const index = new Map<string, string | null>();
	for (const row of rows)
		for (const key of naturalKeys(table, row))
			index.set(key, index.has(key) && index.get(key) !== String(row.id) ? null : String(row.id));
	return index;
}

/** The stored row a file row is, by its keys, or null. */
export function matchByKeys(
	table: ImportTable,
	values: Row,
	index: Map<string, string | null>
): string | null {
	const ids = new Set(naturalKeys(table, values).map((key) => index.get(key)));
	ids.delete(undefined);
	return ids.size === 1 ? ([...ids][0] ?? null) : null;
}
