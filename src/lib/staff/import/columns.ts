// The tables a spreadsheet can be imported into, with their columns in the export's names (so that an export
// imports back unchanged). Each column is the entity's field (src/lib/domain/entities/): the same rule, the
// same message as the staff forms and the database. The SQL function public.import_rows takes the same columns.
import type { Entity } from '$lib/domain/entity';
import { ARRANGEMENT, COORDINATOR, COORDINATOR_LINK, MEMBERSHIP, SERVICE } from '$lib/domain/entities';
import type { Field, Kind } from '$lib/domain/fields';

export type ImportTable =
	'arrangement' | 'arrangement_member' | 'coordinator' | 'arrangement_coordinator' | 'service';

export type ValueKind = Kind;

/** A column: the entity's field (the label is only needed by the forms). */
export type ColumnSpec = Omit<Field, 'label'> & { label?: string };

export interface TableSpec {
	label: string;
	columns: ColumnSpec[];
	entity: Entity;
}

const spec = (entity: Entity): TableSpec => ({
	label: entity.label,
	columns: [...entity.fields],
	entity
});

export const IMPORT_TABLES: Record<ImportTable, TableSpec> = {
	arrangement: spec(ARRANGEMENT as Entity),
	arrangement_member: spec(MEMBERSHIP as Entity),
	coordinator: spec(COORDINATOR as Entity),
	arrangement_coordinator: spec(COORDINATOR_LINK as Entity),
	service: spec(SERVICE as Entity)
};

export const IMPORT_TABLE_NAMES = Object.keys(IMPORT_TABLES) as ImportTable[];

export function isImportTable(name: string): name is ImportTable {
	return (IMPORT_TABLE_NAMES as string[]).includes(name);
}
