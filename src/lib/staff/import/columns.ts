// The tables a spreadsheet can be imported into, with their columns in the export's names (so that an export
// imports back unchanged) and the database's rules for each value. The SQL function public.import_rows
// takes the same columns.

export type ImportTable =
	'arrangement' | 'arrangement_member' | 'coordinator' | 'arrangement_coordinator' | 'service';

export type ValueKind =
	| 'uuid'
	| 'text'
	| 'kommunenummer'
	| 'date'
	| 'year'
	| 'percent'
	| 'phone'
	| 'email'
	| 'url'
	| 'role'
	| 'category';

export interface ColumnSpec {
	name: string;
	kind: ValueKind;
	required?: boolean;
	max?: number;
	/** Text of several lines (tabs and line breaks allowed). */
	multiline?: boolean;
	/** Other headings people use for this column (compared without case and spaces). */
	aliases?: string[];
}

export interface TableSpec {
	label: string;
	columns: ColumnSpec[];
}

const id: ColumnSpec = { name: 'id', kind: 'uuid', aliases: ['uuid'] };

export const IMPORT_TABLES: Record<ImportTable, TableSpec> = {
	arrangement: {
		label: 'Ordninger',
		columns: [
			id,
			{ name: 'name', kind: 'text', required: true, max: 200, aliases: ['navn', 'ordning'] },
			{ name: 'host_kommunenummer', kind: 'kommunenummer', required: true, aliases: ['vertskommune'] },
			{ name: 'started_on', kind: 'date', required: true, aliases: ['startet', 'start'] },
			{ name: 'ended_on', kind: 'date', aliases: ['avsluttet', 'slutt'] },
			{ name: 'cofunding_start_year', kind: 'year', aliases: ['samfinansiert fra', 'samfinansiering fra'] },
			{ name: 'position_percent', kind: 'percent', aliases: ['stillingsprosent'] },
			{ name: 'notes', kind: 'text', max: 4000, multiline: true, aliases: ['notater', 'merknad'] }
		]
	},
	arrangement_member: {
		label: 'Medlemskommuner',
		columns: [
			id,
			{ name: 'arrangement_id', kind: 'uuid', required: true, aliases: ['ordning'] },
			{ name: 'kommunenummer', kind: 'kommunenummer', required: true, aliases: ['kommune'] },
			{ name: 'valid_from', kind: 'date', required: true, aliases: ['fra'] },
			{ name: 'valid_to', kind: 'date', aliases: ['til'] }
		]
	},
	coordinator: {
		label: 'Koordinatorer',
		columns: [
			id,
			{ name: 'full_name', kind: 'text', required: true, max: 200, aliases: ['navn', 'fullt navn'] },
			{ name: 'title', kind: 'text', max: 200, aliases: ['tittel', 'stilling'] },
			{ name: 'phone', kind: 'phone', aliases: ['telefon', 'tlf', 'mobil'] },
			{ name: 'email', kind: 'email', aliases: ['e-post', 'epost', 'e-mail'] },
			{ name: 'office_address', kind: 'text', max: 300, aliases: ['kontoradresse', 'adresse'] },
			{ name: 'office_hours', kind: 'text', max: 300, aliases: ['kontortid', 'treffetid'] },
			{ name: 'verified_at', kind: 'date', aliases: ['bekreftet', 'sist bekreftet'] }
		]
	},
	arrangement_coordinator: {
		label: 'Koordinatorer i ordninger',
		columns: [
			id,
			{ name: 'arrangement_id', kind: 'uuid', required: true, aliases: ['ordning'] },
			{ name: 'coordinator_id', kind: 'uuid', required: true, aliases: ['koordinator'] },
			{ name: 'role', kind: 'role', required: true, aliases: ['rolle'] }
		]
	},
	service: {
		label: 'Lokale tilbud',
		columns: [
			id,
			{ name: 'category', kind: 'category', required: true, aliases: ['kategori'] },
			{ name: 'name', kind: 'text', required: true, max: 200, aliases: ['navn', 'tilbud'] },
			{ name: 'description', kind: 'text', max: 2000, multiline: true, aliases: ['beskrivelse'] },
			{ name: 'url', kind: 'url', aliases: ['nettside', 'lenke'] },
			{ name: 'phone', kind: 'phone', aliases: ['telefon'] },
			{ name: 'kommunenummer', kind: 'kommunenummer', aliases: ['kommune'] },
			{ name: 'arrangement_id', kind: 'uuid', aliases: ['ordning'] }
		]
	}
};

export const IMPORT_TABLE_NAMES = Object.keys(IMPORT_TABLES) as ImportTable[];

export function isImportTable(name: string): name is ImportTable {
	return (IMPORT_TABLE_NAMES as string[]).includes(name);
}
