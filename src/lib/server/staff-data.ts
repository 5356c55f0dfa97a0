// What the editing screens read and write, always as the signed-in user: the SQL functions in
// supabase/migrations/*_editing.sql run with their rights, so row-level security decides.
import { transport } from './db/index.ts';
import { DatabaseRefusal, type Caller } from './db/transport.ts';
import type { HistorySave } from '../staff/history.ts';
import type { MembershipClash } from '../staff/membership-clash.ts';
import type { ScheduledMembership } from '../staff/member-picker.ts';

export type { ScheduledMembership };
import type { UndoResult } from '../staff/undo-message.ts';

export interface StaffMember {
	user_id: string;
	email: string;
	display_name: string | null;
	role: 'editor' | 'admin';
	/** Invited with a temporary password: a new one comes before anything else (*_temporary_passwords.sql). */
	must_change_password?: boolean;
}

export interface ArrangementForEdit {
	id: string;
	name: string;
	host_kommunenummer: string;
	started_on: string;
	ended_on: string | null;
	cofunding_start_year: number | null;
	position_percent: number | null;
	notes: string | null;
	version: number;
	updated_at: string;
	members: string[];
}

export interface ArrangementListItem {
	id: string;
	name: string;
	host_kommunenummer: string;
	started_on: string;
	ended_on: string | null;
	version: number;
	active: boolean;
	members: string[];
	member_numbers: string[];
	counties: string[];
	/** Membership changes still to come. */
	scheduled: { name: string; kommunenummer: string; change: 'joins' | 'leaves'; on: string }[];
	coordinators: string[];
}

export interface CoordinatorListItem {
	id: string;
	full_name: string;
	title: string | null;
	phone: string | null;
	email: string | null;
	verified_at: string | null;
	arrangements: { id: string; name: string; role: 'primary' | 'deputy'; active: boolean }[];
	kommunenumre: string[];
}

export interface NeedsAttention {
	unverified: {
		id: string;
		full_name: string;
		verified_at: string | null;
		arrangement_id: string | null;
		arrangement_name: string | null;
	}[];
	uncovered: { kommunenummer: string; name: string }[];
	without_coordinator: { id: string; name: string }[];
}

export interface AuditEntry {
	id: number;
	table_name: string;
	record_id: string;
	action: 'INSERT' | 'UPDATE' | 'DELETE';
	actor: string | null;
	actor_email: string | null;
	at: string;
	before: Record<string, unknown> | null;
	after: Record<string, unknown> | null;
	txid: number;
}

/** Which saves the history shows: by a person, concerning a record or a municipality. */
export interface HistoryFilter {
	actor?: string;
	record?: string;
	kommunenummer?: string;
}

export interface ArrangementInput {
	id: string | null;
	version: number | null;
	name: string;
	host_kommunenummer: string;
	started_on: string;
	ended_on: string | null;
	cofunding_start_year: number | null;
	position_percent: number | null;
	notes: string | null;
	members: string[];
	effective: string;
}

export type SaveResult =
	| { status: 'saved'; id: string; version: number }
	| { status: 'conflict'; current: ArrangementForEdit }
	| { status: 'not_found' };

export interface CoordinatorForEdit {
	id: string;
	full_name: string;
	title: string | null;
	phone: string | null;
	email: string | null;
	office_address: string | null;
	office_hours: string | null;
	verified_at: string | null;
	version: number;
	updated_at: string;
	arrangements: { id: string; name: string; role: 'primary' | 'deputy' }[];
}

export interface ArrangementCoordinator {
	id: string;
	full_name: string;
	role: 'primary' | 'deputy';
	phone: string | null;
	email: string | null;
	verified_at: string | null;
}

export interface CoordinatorInput {
	id: string | null;
	version: number | null;
	arrangement_id: string | null;
	role: 'primary' | 'deputy' | null;
	full_name: string;
	title: string | null;
	phone: string | null;
	email: string | null;
	office_address: string | null;
	office_hours: string | null;
	verified_at: string | null;
}

export interface ServiceForEdit {
	id: string;
	category: string;
	name: string;
	description: string | null;
	url: string | null;
	phone: string | null;
	kommunenummer: string | null;
	arrangement_id: string | null;
	owner_name: string;
	version: number;
	updated_at: string;
}

export interface ServiceListItem {
	id: string;
	category: string;
	name: string;
	url: string | null;
	owner_name: string;
	kommunenummer: string | null;
}

/** What a save sends: the stored fields, without the id for a new service or a version it was based on. */
export type ServiceInput = Omit<ServiceForEdit, 'id' | 'version' | 'owner_name' | 'updated_at'> & {
	id: string | null;
	version: number | null;
};

type ServiceRefusal = { status: 'conflict'; current: ServiceForEdit } | { status: 'not_found' };
export type ServiceSaveResult = { status: 'saved'; id: string; version: number } | ServiceRefusal;
export type ServiceDeleteResult = { status: 'deleted' } | ServiceRefusal;

export interface StaffOverview {
	staff: {
		user_id: string;
		email: string;
		display_name: string | null;
		role: 'editor' | 'admin';
		created_at: string;
	}[];
	invitations: { email: string; role: 'editor' | 'admin'; created_at: string }[];
}

/** The programme tables as stored, one list of rows per table. */
export const EXPORT_TABLES = [
	'arrangement',
	'arrangement_member',
	'coordinator',
	'arrangement_coordinator',
	'service'
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];
export type ProgrammeExport = { exported_at: string } & Record<
	ExportTable,
	Record<string, string | number | boolean | null>[]
>;

export type CoordinatorSaveResult =
	| { status: 'saved'; id: string; version: number }
	| { status: 'conflict'; current: CoordinatorForEdit }
	| { status: 'not_found' };

export type { UndoResult };

/** The database could not be reached (as opposed to refusing the change). */
export function isUnavailable(error: unknown): boolean {
	return !(error instanceof DatabaseRefusal);
}

export function staffData(caller: Caller) {
	const call = async <T>(fn: string, args: Record<string, string | number | null | string[]> = {}) =>
		(await transport()).rpc<T>(fn, args, caller);
	return {
		currentStaff: () => call<StaffMember | null>('current_staff'),
		arrangements: () => call<ArrangementListItem[]>('arrangements_for_staff'),
		coordinators: () => call<CoordinatorListItem[]>('coordinators_for_staff'),
		needsAttention: () => call<NeedsAttention>('needs_attention'),
		arrangementForEdit: (id: string, at?: string) =>
			call<ArrangementForEdit | null>('arrangement_for_edit', { p_id: id, ...(at ? { p_at: at } : {}) }),
		saveArrangement: (input: ArrangementInput) =>
			call<SaveResult>('save_arrangement', {
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
			call<AuditEntry[]>('audit_entries', {
				p_limit: options.limit ?? 50,
				...(options.before ? { p_before: options.before } : {})
			}),
		/** Saves, newest first (see supabase/migrations/*_history.sql). */
		history: (filter: HistoryFilter & { limit?: number; before?: number } = {}) =>
			call<HistorySave[]>('history', {
				p_limit: filter.limit ?? 30,
				...(filter.before ? { p_before: filter.before } : {}),
				...(filter.actor ? { p_actor: filter.actor } : {}),
				...(filter.record ? { p_record: filter.record } : {}),
				...(filter.kommunenummer ? { p_kommunenummer: filter.kommunenummer } : {})
			}),
		/** The other arrangements the members would clash with over a period (see *_membership_clash.sql). */
		membershipClashes: (arrangementId: string | null, members: string[], from: string, to: string | null) =>
			call<MembershipClash[]>('membership_clashes', {
				p_arrangement: arrangementId,
				p_members: members,
				p_from: from,
				p_to: to
			}),
		/** Memberships of an arrangement that start later or end before it does (see *_membership_schedule.sql). */
		membershipSchedule: (arrangementId: string) =>
			call<ScheduledMembership[]>('membership_schedule', { p_arrangement: arrangementId }),
		historyActors: () => call<{ user_id: string; name: string }[]>('history_actors'),
		undo: (auditId: number) => call<UndoResult>('undo_change', { p_audit_id: auditId }),
		exportProgrammeData: () => call<ProgrammeExport>('export_programme_data'),
		serviceForEdit: (id: string) => call<ServiceForEdit | null>('service_for_edit', { p_id: id }),
		arrangementServices: (arrangementId: string) =>
			call<ServiceListItem[]>('arrangement_services', { p_arrangement_id: arrangementId }),
		serviceCategories: () => call<{ id: string; name: string }[]>('service_categories'),
		saveService: (input: ServiceInput) =>
			call<ServiceSaveResult>('save_service', {
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
			call<ServiceDeleteResult>('delete_service', { p_id: id, p_version: version }),
		claimStaffInvitation: () => call<StaffMember | null>('claim_staff_invitation'),
		staffOverview: () => call<StaffOverview>('staff_overview'),
		setStaffRole: (userId: string, role: 'editor' | 'admin' | 'none') =>
			call<{ status: 'saved' | 'not_found' }>('set_staff_role', { p_user_id: userId, p_role: role }),
		/** temporaryPassword: the account signs in with a password the person did not choose. */
		inviteStaff: (email: string, role: 'editor' | 'admin', temporaryPassword = true) =>
			call<{ status: 'invited' | 'already_staff' }>('invite_staff', {
				p_email: email,
				p_role: role,
				// RPC arguments are text, numbers or arrays; PostgreSQL reads 'true' and 'false' as booleans.
				p_temporary_password: String(temporaryPassword)
			}),
		withdrawInvitation: (email: string) =>
			call<{ status: 'withdrawn' | 'not_found' }>('withdraw_staff_invitation', { p_email: email }),
		importReference: () => call<{ kommunenumre: string[]; categories: string[] }>('import_reference'),
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
			call<{ added: number; changed: number; removed: number }>('import_rows', {
				p_table: table,
				p_rows: JSON.stringify(rows),
				p_remove: remove,
				p_confirm_removals: confirmedRemovals
			}),
		unlinkedCoordinators: () => call<{ id: string; full_name: string }[]>('unlinked_coordinators'),
		arrangementCoordinators: (arrangementId: string) =>
			call<ArrangementCoordinator[]>('arrangement_coordinators', { p_arrangement_id: arrangementId }),
		coordinatorForEdit: (id: string) => call<CoordinatorForEdit | null>('coordinator_for_edit', { p_id: id }),
		saveCoordinator: (input: CoordinatorInput) =>
			call<CoordinatorSaveResult>('save_coordinator', {
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
