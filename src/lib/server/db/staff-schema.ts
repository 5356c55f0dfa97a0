// Shapes of the JSON the staff functions return (supabase/migrations/*_editing.sql, *_staff_*.sql, …), as the
// public ones are in $lib/coverage/schema: every staff call's result is parsed with these at the boundary, and
// staff-schema.test.ts runs them against the real SQL, so TypeScript and SQL cannot drift apart silently.
import { z } from 'zod';
import type { HistorySave } from '$lib/staff/history';
import type { MembershipClash } from '$lib/staff/membership-clash';
import type { UndoResult } from '$lib/staff/undo-message';

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
const kommunenummer = z.string().regex(/^\d{4}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const timestamp = z.string().min(1);
const role = z.enum(['editor', 'admin']);
const coordinatorRole = z.enum(['primary', 'deputy']);
const action = z.enum(['INSERT', 'UPDATE', 'DELETE']);
const table = z.enum([
	'arrangement',
	'arrangement_member',
	'coordinator',
	'arrangement_coordinator',
	'service'
]);
const row = z.record(z.string(), z.unknown());

export const staffMember = z.object({
	user_id: uuid,
	email: z.string(),
	display_name: z.string().nullable(),
	role,
	/** Invited with a temporary password: a new one comes before anything else (*_temporary_passwords.sql). */
	must_change_password: z.boolean().optional()
});

/** Memberships of an arrangement that start later or end before it does (*_membership_schedule.sql). */
export const scheduledMembership = z.object({
	kommunenummer,
	name: z.string(),
	valid_from: isoDate,
	valid_to: isoDate.nullable()
});

export const arrangementForEdit = z.object({
	id: uuid,
	name: z.string(),
	host_kommunenummer: kommunenummer,
	started_on: isoDate,
	ended_on: isoDate.nullable(),
	cofunding_start_year: z.number().int().nullable(),
	position_percent: z.number().nullable(),
	notes: z.string().nullable(),
	version: z.number().int(),
	updated_at: timestamp,
	members: z.array(kommunenummer)
});

export const arrangementListItem = z.object({
	id: uuid,
	name: z.string(),
	host_kommunenummer: kommunenummer,
	started_on: isoDate,
	ended_on: isoDate.nullable(),
	version: z.number().int(),
	active: z.boolean(),
	members: z.array(z.string()),
	member_numbers: z.array(kommunenummer),
	counties: z.array(z.string()),
	/** Membership changes still to come. */
	scheduled: z.array(
		z.object({
			name: z.string(),
			kommunenummer,
			change: z.enum(['joins', 'leaves']),
			on: isoDate
		})
	),
	coordinators: z.array(z.string())
});

export const coordinatorListItem = z.object({
	id: uuid,
	full_name: z.string(),
	title: z.string().nullable(),
	phone: z.string().nullable(),
	email: z.string().nullable(),
	verified_at: isoDate.nullable(),
	arrangements: z.array(z.object({ id: uuid, name: z.string(), role: coordinatorRole, active: z.boolean() })),
	kommunenumre: z.array(kommunenummer)
});

export const needsAttention = z.object({
	unverified: z.array(
		z.object({
			id: uuid,
			full_name: z.string(),
			verified_at: isoDate.nullable(),
			arrangement_id: uuid.nullable(),
			arrangement_name: z.string().nullable()
		})
	),
	uncovered: z.array(z.object({ kommunenummer, name: z.string() })),
	without_coordinator: z.array(z.object({ id: uuid, name: z.string() }))
});

export const auditEntry = z.object({
	id: z.number().int(),
	table_name: z.string(),
	record_id: uuid,
	action,
	actor: uuid.nullable(),
	actor_email: z.string().nullable(),
	at: timestamp,
	before: row.nullable(),
	after: row.nullable(),
	txid: z.number().int()
});

export const coordinatorForEdit = z.object({
	id: uuid,
	full_name: z.string(),
	title: z.string().nullable(),
	phone: z.string().nullable(),
	email: z.string().nullable(),
	office_address: z.string().nullable(),
	office_hours: z.string().nullable(),
	verified_at: isoDate.nullable(),
	version: z.number().int(),
	updated_at: timestamp,
	arrangements: z.array(z.object({ id: uuid, name: z.string(), role: coordinatorRole }))
});

export const arrangementCoordinator = z.object({
	id: uuid,
	full_name: z.string(),
	role: coordinatorRole,
	phone: z.string().nullable(),
	email: z.string().nullable(),
	verified_at: isoDate.nullable()
});

export const serviceForEdit = z.object({
	id: uuid,
	category: z.string(),
	name: z.string(),
	description: z.string().nullable(),
	url: z.string().nullable(),
	phone: z.string().nullable(),
	kommunenummer: kommunenummer.nullable(),
	arrangement_id: uuid.nullable(),
	owner_name: z.string(),
	version: z.number().int(),
	updated_at: timestamp
});

export const serviceListItem = z.object({
	id: uuid,
	category: z.string(),
	name: z.string(),
	url: z.string().nullable(),
	owner_name: z.string(),
	kommunenummer: kommunenummer.nullable()
});

export const staffOverview = z.object({
	staff: z.array(
		z.object({
			user_id: uuid,
			email: z.string(),
			display_name: z.string().nullable(),
			role,
			created_at: timestamp
		})
	),
	invitations: z.array(z.object({ email: z.string(), role, created_at: timestamp }))
});

/** The programme tables as stored, one list of rows per table. */
export const EXPORT_TABLES = table.options;
export type ExportTable = z.infer<typeof table>;
const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const programmeExport = z.object({
	exported_at: timestamp,
	...(Object.fromEntries(EXPORT_TABLES.map((t) => [t, z.array(z.record(z.string(), cell))])) as Record<
		ExportTable,
		z.ZodArray<z.ZodRecord<z.ZodString, typeof cell>>
	>)
});

/** A save with a version check: saved (with the new version), a colleague's newer version, or gone. */
const saveResult = <C extends z.ZodType>(current: C) =>
	z.discriminatedUnion('status', [
		z.object({ status: z.literal('saved'), id: uuid, version: z.number().int() }),
		z.object({ status: z.literal('conflict'), current }),
		z.object({ status: z.literal('not_found') })
	]);
export const arrangementSaveResult = saveResult(arrangementForEdit);
export const coordinatorSaveResult = saveResult(coordinatorForEdit);
export const serviceSaveResult = saveResult(serviceForEdit);
export const serviceDeleteResult = z.discriminatedUnion('status', [
	z.object({ status: z.literal('deleted') }),
	z.object({ status: z.literal('conflict'), current: serviceForEdit }),
	z.object({ status: z.literal('not_found') })
]);

const historyEntry = z.object({
	id: z.number().int(),
	table_name: table,
	record_id: uuid,
	action,
	before: row.nullable(),
	after: row.nullable(),
	name: z.string().nullable(),
	arrangement_id: uuid.nullable(),
	arrangement_name: z.string().nullable()
});
export const historySave = z.object({
	id: z.number().int(),
	at: timestamp,
	actor: uuid.nullable(),
	actor_name: z.string().nullable(),
	actor_email: z.string().nullable(),
	kind: z.enum(['save', 'undo', 'import']),
	changes: z.number().int(),
	undid: z.object({ id: z.number().int(), at: timestamp }).nullable(),
	entries: z.array(historyEntry)
}) satisfies z.ZodType<HistorySave>;

export const membershipClash = z.object({
	kommunenummer,
	name: z.string(),
	arrangement_id: uuid,
	arrangement_name: z.string(),
	valid_from: isoDate,
	valid_to: isoDate.nullable()
}) satisfies z.ZodType<MembershipClash>;

export const undoResult = z.discriminatedUnion('status', [
	z.object({ status: z.literal('undone'), changes: z.number().int() }),
	z.object({
		status: z.literal('changed_since'),
		table_name: z.string(),
		record_id: z.string(),
		later: z.array(
			z.object({ id: z.number().int(), table_name: z.string(), record_id: z.string(), action, at: timestamp })
		)
	}),
	z.object({
		status: z.literal('refused'),
		reason: z.string(),
		code: z.string(),
		constraint: z.string().nullable()
	}),
	z.object({ status: z.literal('not_found') })
]) satisfies z.ZodType<UndoResult>;

export const historyActor = z.object({ user_id: uuid, name: z.string() });
export const serviceCategory = z.object({ id: z.string(), name: z.string() });
export const roleResult = z.object({ status: z.enum(['saved', 'not_found']) });
export const inviteResult = z.object({ status: z.enum(['invited', 'already_staff']) });
export const withdrawResult = z.object({ status: z.enum(['withdrawn', 'not_found']) });
export const importReference = z.object({
	kommunenumre: z.array(kommunenummer),
	categories: z.array(z.string())
});
export const importResult = z.object({
	added: z.number().int(),
	changed: z.number().int(),
	removed: z.number().int()
});
export const unlinkedCoordinator = z.object({ id: uuid, full_name: z.string() });

export type StaffMember = z.infer<typeof staffMember>;
export type ScheduledMembership = z.infer<typeof scheduledMembership>;
export type ArrangementForEdit = z.infer<typeof arrangementForEdit>;
export type ArrangementListItem = z.infer<typeof arrangementListItem>;
export type CoordinatorListItem = z.infer<typeof coordinatorListItem>;
export type NeedsAttention = z.infer<typeof needsAttention>;
export type AuditEntry = z.infer<typeof auditEntry>;
export type CoordinatorForEdit = z.infer<typeof coordinatorForEdit>;
export type ArrangementCoordinator = z.infer<typeof arrangementCoordinator>;
export type ServiceForEdit = z.infer<typeof serviceForEdit>;
export type ServiceListItem = z.infer<typeof serviceListItem>;
export type StaffOverview = z.infer<typeof staffOverview>;
export type ProgrammeExport = z.infer<typeof programmeExport>;
export type SaveResult = z.infer<typeof arrangementSaveResult>;
export type CoordinatorSaveResult = z.infer<typeof coordinatorSaveResult>;
export type ServiceSaveResult = z.infer<typeof serviceSaveResult>;
export type ServiceDeleteResult = z.infer<typeof serviceDeleteResult>;
