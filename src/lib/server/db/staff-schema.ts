// Shapes of the JSON the staff functions return (supabase/migrations/*_editing.sql, *_staff_admin.sql, …), as the
// public ones are in $lib/coverage/schema: every staff call's result is parsed with these at the boundary, and
// staff-schema.test.ts runs them against the real SQL, so TypeScript and SQL cannot drift apart silently. The
// columns of a table are picked from its row schema ($lib/domain/rows), which the types generated from the
// SQL check at compile time; only what the functions compute (names, lists, flags) is described here.
import { z } from 'zod';
import type { HistorySave } from '$lib/staff/history';
import type { MembershipClash } from '$lib/staff/membership-clash';
import type { UndoResult } from '$lib/staff/undo-message';
import {
	arrangementRow,
	coordinatorLinkRow,
	coordinatorRow,
	isoDate,
	kommunenummer,
	membershipRow,
	municipalityRow,
	serviceCategoryRow,
	serviceRow,
	staffInvitationRow,
	staffRow,
	timestamp,
	uuid
} from '../../domain/rows.ts';

const action = z.enum(['INSERT', 'UPDATE', 'DELETE']);
const table = z.enum([
	'arrangement',
	'arrangement_member',
	'coordinator',
	'arrangement_coordinator',
	'service'
]);
const row = z.record(z.string(), z.unknown());
const municipalityName = municipalityRow.pick({ kommunenummer: true, name: true });
const arrangementName = arrangementRow.pick({ id: true, name: true });
const role = coordinatorLinkRow.shape.role;

export const staffMember = staffRow
	.pick({ user_id: true, email: true, display_name: true, role: true, must_change_password: true })
	/** Invited with a temporary password: a new one comes before anything else (*_staff_admin.sql). */
	.partial({ must_change_password: true });

/** Memberships of an arrangement that start later or end before it does (*_editing.sql). */
export const scheduledMembership = membershipRow
	.pick({ kommunenummer: true, valid_from: true, valid_to: true })
	.extend({ name: municipalityRow.shape.name });

export const arrangementForEdit = arrangementRow
	.pick({
		id: true,
		name: true,
		host_kommunenummer: true,
		started_on: true,
		ended_on: true,
		cofunding_start_year: true,
		position_percent: true,
		notes: true,
		version: true,
		updated_at: true
	})
	.extend({ members: z.array(kommunenummer) });

export const arrangementListItem = arrangementRow
	.pick({ id: true, name: true, host_kommunenummer: true, started_on: true, ended_on: true, version: true })
	.extend({
		active: z.boolean(),
		members: z.array(municipalityRow.shape.name),
		member_numbers: z.array(kommunenummer),
		counties: z.array(z.string()),
		/** Membership changes still to come. */
		scheduled: z.array(municipalityName.extend({ change: z.enum(['joins', 'leaves']), on: isoDate })),
		coordinators: z.array(coordinatorRow.shape.full_name)
	});

/** A coordinator's contact details as the lists show them. */
const coordinatorContact = coordinatorRow.pick({
	id: true,
	full_name: true,
	phone: true,
	email: true,
	verified_at: true
});

export const coordinatorListItem = coordinatorContact.extend({
	title: coordinatorRow.shape.title,
	arrangements: z.array(arrangementName.extend({ role, active: z.boolean() })),
	kommunenumre: z.array(kommunenummer)
});

export const needsAttention = z.object({
	unverified: z.array(
		coordinatorRow.pick({ id: true, full_name: true, verified_at: true }).extend({
			// A coordinator in no arrangement is listed too (a left join).
			arrangement_id: uuid.nullable(),
			arrangement_name: arrangementRow.shape.name.nullable()
		})
	),
	uncovered: z.array(municipalityName),
	without_coordinator: z.array(arrangementName)
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

export const coordinatorForEdit = coordinatorRow
	.pick({
		id: true,
		full_name: true,
		title: true,
		phone: true,
		email: true,
		office_address: true,
		office_hours: true,
		verified_at: true,
		version: true,
		updated_at: true
	})
	.extend({ arrangements: z.array(arrangementName.extend({ role })) });

export const arrangementCoordinator = coordinatorContact.extend({ role });

/** The name of a service's owner: its municipality's or its arrangement's. */
const ownerName = z.string();

export const serviceForEdit = serviceRow
	.pick({
		id: true,
		category: true,
		name: true,
		description: true,
		url: true,
		phone: true,
		kommunenummer: true,
		arrangement_id: true,
		version: true,
		updated_at: true
	})
	.extend({ owner_name: ownerName });

export const serviceListItem = serviceRow
	.pick({ id: true, category: true, name: true, url: true, kommunenummer: true })
	.extend({ owner_name: ownerName });

export const staffOverview = z.object({
	staff: z.array(
		staffRow.pick({ user_id: true, email: true, display_name: true, role: true, created_at: true })
	),
	invitations: z.array(staffInvitationRow.pick({ email: true, role: true, created_at: true }))
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

/** A refused save or delete (SQL save_refusal): a colleague's newer version, or the record is gone. */
const refused = <C extends z.ZodType>(current: C) =>
	[
		z.object({ status: z.literal('conflict'), current }),
		z.object({ status: z.literal('not_found') })
	] as const;
/** A save with a version check: saved (with the new version, SQL saved_result), or refused. */
const saveResult = <C extends z.ZodType>(current: C) =>
	z.discriminatedUnion('status', [
		z.object({ status: z.literal('saved'), id: uuid, version: z.number().int() }),
		...refused(current)
	]);
export const arrangementSaveResult = saveResult(arrangementForEdit);
export const coordinatorSaveResult = saveResult(coordinatorForEdit);
export const serviceSaveResult = saveResult(serviceForEdit);
export const serviceDeleteResult = z.discriminatedUnion('status', [
	z.object({ status: z.literal('deleted') }),
	...refused(serviceForEdit)
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

export const membershipClash = membershipRow
	.pick({ kommunenummer: true, arrangement_id: true, valid_from: true, valid_to: true })
	.extend({
		name: municipalityRow.shape.name,
		arrangement_name: arrangementRow.shape.name
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

export const historyActor = z.object({ user_id: staffRow.shape.user_id, name: z.string() });
/** A category and its bokmål name (name_nb). */
export const serviceCategory = serviceCategoryRow
	.pick({ id: true })
	.extend({ name: serviceCategoryRow.shape.name_nb });
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
export const unlinkedCoordinator = coordinatorRow.pick({ id: true, full_name: true });

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
