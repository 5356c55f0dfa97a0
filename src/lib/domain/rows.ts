// The tables' rows as the SQL functions return them: one zod schema per table, checked at compile time against
// the types Kanel generates from the SQL (./generated, `npm run types`). The staff result shapes
// (src/lib/server/db/staff-schema.ts) pick their columns from these, so a column renamed, removed or retyped in
// SQL breaks the build here (scripts/testing/domain-schema.test.ts fails while the generated types are
// stale), and the zod checks keep the same rules at run time. Isomorphic, no I/O.
import { z } from 'zod';
import type Arrangement from './generated/public/Arrangement.ts';
import type ArrangementCoordinator from './generated/public/ArrangementCoordinator.ts';
import type ArrangementMember from './generated/public/ArrangementMember.ts';
import type Coordinator from './generated/public/Coordinator.ts';
import type Municipality from './generated/public/Municipality.ts';
import type Service from './generated/public/Service.ts';
import type ServiceCategory from './generated/public/ServiceCategory.ts';
import type Staff from './generated/public/Staff.ts';
import type StaffInvitation from './generated/public/StaffInvitation.ts';
import { COORDINATOR_ROLES } from './entities/coordinator.ts';
import { STAFF_ROLES } from './entities/staff.ts';
import { FYLKESNUMMER, ISO_DATE, KOMMUNENUMMER, UUID } from './ids.ts';

export const uuid = z.string().regex(UUID);
export const kommunenummer = z.string().regex(KOMMUNENUMMER);
export const isoDate = z.string().regex(ISO_DATE);
export const timestamp = z.string().min(1);
export const staffRole = z.enum(Object.keys(STAFF_ROLES) as (keyof typeof STAFF_ROLES)[]);
export const coordinatorRole = z.enum(Object.keys(COORDINATOR_ROLES) as (keyof typeof COORDINATOR_ROLES)[]);

/** A column's type as JSON carries it: Kanel brands ids (`ArrangementId`), the JSON has plain text. */
type Plain<V> = V extends string & { __brand: unknown } ? string : V;
/** For each column of the table, a schema whose values the column can hold; and no other key. */
type ColumnsOf<Table, Shape> = { [K in keyof Table]: z.ZodType<Plain<Table[K]>> } & {
	[K in Exclude<keyof Shape, keyof Table>]: never;
};

/**
 * The row schema of a generated table type. Compiles only when the shape has exactly the table's columns,
 * each schema's output fitting the column (a narrower schema, an enum of a text column, is fine).
 */
export const rowOf =
	<Table>() =>
	<Shape extends z.ZodRawShape>(shape: Shape & ColumnsOf<Table, Shape>) =>
		z.object(shape);

const versioned = { version: z.number().int(), updated_at: timestamp, updated_by: uuid.nullable() };

export const arrangementRow = rowOf<Arrangement>()({
	id: uuid,
	name: z.string(),
	host_kommunenummer: kommunenummer,
	started_on: isoDate,
	ended_on: isoDate.nullable(),
	cofunding_start_year: z.number().int().nullable(),
	position_percent: z.number().nullable(),
	notes: z.string().nullable(),
	created_at: timestamp,
	...versioned
});

export const membershipRow = rowOf<ArrangementMember>()({
	id: uuid,
	arrangement_id: uuid,
	kommunenummer,
	valid_from: isoDate,
	valid_to: isoDate.nullable(),
	...versioned
});

export const coordinatorRow = rowOf<Coordinator>()({
	id: uuid,
	full_name: z.string(),
	title: z.string().nullable(),
	phone: z.string().nullable(),
	email: z.string().nullable(),
	office_address: z.string().nullable(),
	office_hours: z.string().nullable(),
	verified_at: isoDate.nullable(),
	created_at: timestamp,
	...versioned
});

export const coordinatorLinkRow = rowOf<ArrangementCoordinator>()({
	id: uuid,
	arrangement_id: uuid,
	coordinator_id: uuid,
	role: coordinatorRole,
	...versioned
});

export const serviceRow = rowOf<Service>()({
	id: uuid,
	category: z.string(),
	name: z.string(),
	description: z.string().nullable(),
	url: z.string().nullable(),
	phone: z.string().nullable(),
	kommunenummer: kommunenummer.nullable(),
	arrangement_id: uuid.nullable(),
	created_at: timestamp,
	...versioned
});

export const staffRow = rowOf<Staff>()({
	user_id: uuid,
	email: z.string(),
	display_name: z.string().nullable(),
	role: staffRole,
	created_at: timestamp,
	must_change_password: z.boolean()
});

export const staffInvitationRow = rowOf<StaffInvitation>()({
	email: z.string(),
	role: staffRole,
	invited_by: uuid.nullable(),
	created_at: timestamp,
	temporary_password: z.boolean()
});

export const municipalityRow = rowOf<Municipality>()({
	kommunenummer,
	fylkesnummer: z.string().regex(FYLKESNUMMER),
	name: z.string(),
	name_norwegian: z.string(),
	name_north_sami: z.string().nullable(),
	name_lule_sami: z.string().nullable(),
	name_south_sami: z.string().nullable(),
	name_kven: z.string().nullable(),
	administrative_centre: z.string().nullable(),
	written_standard: z.string().nullable(),
	area_km2: z.number().nullable(),
	sami_administrative_area: z.boolean()
});

export const serviceCategoryRow = rowOf<ServiceCategory>()({
	id: z.string(),
	sort_order: z.number().int(),
	name_nb: z.string(),
	name_nn: z.string(),
	name_en: z.string()
});
