// The open data's rows: one per municipality (and per year, for the history), as public.municipality_year_history
// returns them. The column list is defined once here; the CSV and JSON downloads, and the JSON Schema in the
// OpenAPI description, are made from it.
import { COVERAGE_STATUSES, FUNDING_PHASES } from '$lib/coverage/schema';

type JsonType = 'string' | 'integer';
interface Column {
	name: string;
	type: JsonType;
	nullable: boolean;
	enum?: readonly string[];
	format?: string;
	pattern?: string;
	description: string;
}

export const COLUMNS = [
	{ name: 'year', type: 'integer', nullable: false, description: 'Calendar year.' },
	{
		name: 'at',
		type: 'string',
		nullable: false,
		format: 'date',
		description: 'The date the status is for: 31 December of the year, or today for the current year.'
	},
	{
		name: 'kommunenummer',
		type: 'string',
		nullable: false,
		pattern: '^[0-9]{4}$',
		description: 'Municipality number, 2024 structure (357 municipalities).'
	},
	{
		name: 'fylkesnummer',
		type: 'string',
		nullable: false,
		pattern: '^[0-9]{2}$',
		description: 'County number.'
	},
	{ name: 'name', type: 'string', nullable: false, description: 'Official name (all language forms).' },
	{
		name: 'status',
		type: 'string',
		nullable: false,
		enum: COVERAGE_STATUSES,
		description: 'own: its own coordinator; inter_municipal: shares one; none: no coordinator registered.'
	},
	{ name: 'arrangement_id', type: 'string', nullable: true, format: 'uuid', description: 'The arrangement.' },
	{ name: 'arrangement_name', type: 'string', nullable: true, description: 'Name of the arrangement.' },
	{
		name: 'host_kommunenummer',
		type: 'string',
		nullable: true,
		pattern: '^[0-9]{4}$',
		description: 'The municipality that employs the coordinator.'
	},
	{
		name: 'member_count',
		type: 'integer',
		nullable: false,
		description: 'Members of the arrangement (0: none).'
	},
	{
		name: 'cofunding_start_year',
		type: 'integer',
		nullable: true,
		description: "First year of the Cancer Society's co-funding (empty: municipal funding only)."
	},
	{ name: 'programme_year', type: 'integer', nullable: true, description: 'Co-funding year (1 = first).' },
	{
		name: 'funding_phase',
		type: 'string',
		nullable: true,
		enum: FUNDING_PHASES,
		description: 'Co-funding phase in the year (75 %, 60 %, 40 %, 20 %, municipal).'
	},
	{
		name: 'society_percent',
		type: 'integer',
		nullable: true,
		description: "The Cancer Society's share of the salary in the year, in per cent."
	},
	{
		name: 'population_year',
		type: 'integer',
		nullable: false,
		description:
			"Year of SSB's population figure used (1 January; the latest available when the year has none)."
	},
	{ name: 'population', type: 'integer', nullable: true, description: 'Population (SSB table 07459).' }
] as const satisfies readonly Column[];

export type ColumnName = (typeof COLUMNS)[number]['name'];
export type OpenDataRow = Record<ColumnName, string | number | null>;
export const COLUMN_NAMES = COLUMNS.map((c) => c.name) as ColumnName[];

/** JSON Schema (2020-12, as OpenAPI 3.1 uses) of one row. */
export function rowSchema() {
	return {
		type: 'object',
		additionalProperties: false,
		required: COLUMN_NAMES,
		properties: Object.fromEntries(
			COLUMNS.map((c: Column) => {
				const schema: Record<string, unknown> = {
					type: c.nullable ? [c.type, 'null'] : c.type,
					description: c.description
				};
				if (c.enum) schema.enum = c.nullable ? [...c.enum, null] : [...c.enum];
				if (c.format) schema.format = c.format;
				if (c.pattern) schema.pattern = c.pattern;
				return [c.name, schema];
			})
		)
	};
}
