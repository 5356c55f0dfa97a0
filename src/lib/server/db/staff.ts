// What the editing screens read and write, always as the signed-in user: the SQL functions in
// supabase/migrations/*_editing.sql (and the other staff migrations) run with their rights, so row-level
// security decides. Every result is checked against its shape in staff-schema.ts, as the public calls are in
// index.ts: one data-access module, typed and checked, for public and staff calls alike.
import { z } from 'zod';
import { DatabaseRefusal, type Caller, type Transport } from './transport.ts';
import {
	arrangementCoordinator,
	arrangementForEdit,
	arrangementListItem,
	arrangementSaveResult,
	auditEntry,
	coordinatorForEdit,
	coordinatorListItem,
	coordinatorSaveResult,
	historyActor,
	historySave,
	importReference,
	importResult,
	inviteResult,
	membershipClash,
	needsAttention,
	programmeExport,
	roleResult,
	serviceCategory,
	serviceDeleteResult,
	serviceForEdit,
	serviceListItem,
	serviceSaveResult,
	staffMember,
	scheduledMembership,
	staffOverview,
	undoResult,
	unlinkedCoordinator,
	withdrawResult,
	type ArrangementForEdit,
	type CoordinatorForEdit,
	type ExportTable,
	type ServiceForEdit
} from './staff-schema.ts';

export * from './staff-schema.ts';

export interface HistoryFilter {
	actor?: string;
	record?: string;
	kommunenummer?: string;
}

/**
 * What a save sends: the stored fields of the record as its edit form reads them (staff-schema.ts, picked from
 * the table rows), with its id (null for a new one) and the version it was read at.
 */
type SaveInput<Edit, Computed extends keyof Edit = never> = Omit<
	Edit,
	'id' | 'version' | 'updated_at' | Computed
> & { id: string | null; version: number | null };

/** effective: the date the members change (save_arrangement's p_effective). */
export type ArrangementInput = SaveInput<ArrangementForEdit> & { effective: string };
/** A new coordinator is made for an arrangement, in a role. */
export type CoordinatorInput = SaveInput<CoordinatorForEdit, 'arrangements'> & {
	arrangement_id: string | null;
	role: CoordinatorForEdit['arrangements'][number]['role'] | null;
};
export type ServiceInput = SaveInput<ServiceForEdit, 'owner_name'>;

/** The database could not be reached (as opposed to refusing the change). */
export function isUnavailable(error: unknown): boolean {
	return !(error instanceof DatabaseRefusal);
}

export function staffCalls(transport: () => Promise<Transport>, caller: Caller) {
	/** Calls fn as the caller and checks its result against its shape. */
	const call = async <S extends z.ZodType>(
		shape: S,
		fn: string,
		args: Record<string, string | number | null | string[]> = {}
	): Promise<z.infer<S>> => shape.parse(await (await transport()).rpc(fn, args, caller));
	return {
		currentStaff: () => call(staffMember.nullable(), 'current_staff'),
		arrangements: () => call(z.array(arrangementListItem), 'arrangements_for_staff'),
		coordinators: () => call(z.array(coordinatorListItem), 'coordinators_for_staff'),
		needsAttention: () => call(needsAttention, 'needs_attention'),
		arrangementForEdit: (id: string, at?: string) =>
			call(arrangementForEdit.nullable(), 'arrangement_for_edit', { p_id: id, ...(at ? { p_at: at } : {}) }),
		saveArrangement: (input: ArrangementInput) =>
			call(arrangementSaveResult, 'save_arrangement', {
				p_id: input.id,
				p_version: input.version,
				p_name: input.name,
				p_host_kommunenummer: input.host_kommunenummer,
				p_started_on: input.started_on,
				p_ended_on: input.ended_on,
				p_cofunding_start_year: input.cofunding_start_year,
				p_position_percent: input.position_percent,
				p_notes: input.notes,
				p_members: input.members,
				p_effective: input.effective
			}),
		auditEntries: (options: { limit?: number; before?: number } = {}) =>
			call(z.array(auditEntry), 'audit_entries', {
				p_limit: options.limit ?? 50,
				...(options.before ? { p_before: options.before } : {})
			}),
		/** Saves, newest first (see supabase/migrations/*_history.sql). */
		history: (filter: HistoryFilter & { limit?: number; before?: number } = {}) =>
			call(z.array(historySave), 'history', {
				p_limit: filter.limit ?? 30,
				...(filter.before ? { p_before: filter.before } : {}),
				...(filter.actor ? { p_actor: filter.actor } : {}),
				...(filter.record ? { p_record: filter.record } : {}),
				...(filter.kommunenummer ? { p_kommunenummer: filter.kommunenummer } : {})
			}),
		/** The other arrangements the members would clash with over a period (see *_editing.sql). */
		membershipClashes: (arrangementId: string | null, members: string[], from: string, to: string | null) =>
			call(z.array(membershipClash), 'membership_clashes', {
				p_arrangement: arrangementId,
				p_members: members,
				p_from: from,
				p_to: to
			}),
		membershipSchedule: (arrangementId: string) =>
			call(z.array(scheduledMembership), 'membership_schedule', { p_arrangement: arrangementId }),
		historyActors: () => call(z.array(historyActor), 'history_actors'),
		undo: (auditId: number) => call(undoResult, 'undo_change', { p_audit_id: auditId }),
		exportProgrammeData: () => call(programmeExport, 'export_programme_data'),
		serviceForEdit: (id: string) => call(serviceForEdit.nullable(), 'service_for_edit', { p_id: id }),
		arrangementServices: (arrangementId: string) =>
			call(z.array(serviceListItem), 'arrangement_services', { p_arrangement_id: arrangementId }),
		serviceCategories: () => call(z.array(serviceCategory), 'service_categories'),
		saveService: (input: ServiceInput) =>
			call(serviceSaveResult, 'save_service', {
				p_id: input.id,
				p_version: input.version,
				p_category: input.category,
				p_name: input.name,
				p_description: input.description,
				p_url: input.url,
				p_phone: input.phone,
				p_kommunenummer: input.kommunenummer,
				p_arrangement_id: input.arrangement_id
			}),
		deleteService: (id: string, version: number) =>
			call(serviceDeleteResult, 'delete_service', { p_id: id, p_version: version }),
		claimStaffInvitation: () => call(staffMember.nullable(), 'claim_staff_invitation'),
		staffOverview: () => call(staffOverview, 'staff_overview'),
		setStaffRole: (userId: string, role: 'editor' | 'admin' | 'none') =>
			call(roleResult, 'set_staff_role', { p_user_id: userId, p_role: role }),
		/** temporaryPassword: the account signs in with a password the person did not choose. */
		inviteStaff: (email: string, role: 'editor' | 'admin', temporaryPassword = true) =>
			call(inviteResult, 'invite_staff', {
				p_email: email,
				p_role: role,
				// RPC arguments are text, numbers or arrays; PostgreSQL reads 'true' and 'false' as booleans.
				p_temporary_password: String(temporaryPassword)
			}),
		withdrawInvitation: (email: string) =>
			call(withdrawResult, 'withdraw_staff_invitation', { p_email: email }),
		importReference: () => call(importReference, 'import_reference'),
		/**
		 * Adds and changes rows (by id) and removes the listed ones, all in one transaction or none. The database
		 * refuses removals unless confirmedRemovals is their number (what the person confirmed).
		 */
		importRows: (
			table: ExportTable,
			rows: Record<string, unknown>[],
			remove: string[],
			confirmedRemovals: number
		) =>
			call(importResult, 'import_rows', {
				p_table: table,
				p_rows: JSON.stringify(rows),
				p_remove: remove,
				p_confirm_removals: confirmedRemovals
			}),
		unlinkedCoordinators: () => call(z.array(unlinkedCoordinator), 'unlinked_coordinators'),
		arrangementCoordinators: (arrangementId: string) =>
			call(z.array(arrangementCoordinator), 'arrangement_coordinators', { p_arrangement_id: arrangementId }),
		coordinatorForEdit: (id: string) =>
			call(coordinatorForEdit.nullable(), 'coordinator_for_edit', { p_id: id }),
		saveCoordinator: (input: CoordinatorInput) =>
			call(coordinatorSaveResult, 'save_coordinator', {
				p_id: input.id,
				p_version: input.version,
				p_arrangement_id: input.arrangement_id,
				p_role: input.role,
				p_full_name: input.full_name,
				p_title: input.title,
				p_phone: input.phone,
				p_email: input.email,
				p_office_address: input.office_address,
				p_office_hours: input.office_hours,
				p_verified_at: input.verified_at
			})
	};
}
