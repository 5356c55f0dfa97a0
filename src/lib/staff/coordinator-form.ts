// The coordinator form: contact details by the coordinator's rules (src/lib/domain/entities/coordinator.ts,
// the database's own), a message per field in Norwegian, and the posted text kept as typed.
import type { CoordinatorForEdit, CoordinatorInput } from '$lib/server/staff-data';
import { checkFields } from '$lib/domain/check';
import { constraintMessages, labelsOf, refusal } from '$lib/domain/entity';
import { COORDINATOR, COORDINATOR_LINK } from '$lib/domain/entities';
import { COORDINATOR_UNREACHABLE } from '$lib/domain/entities/coordinator';
import { checkedOf, postedText, postedVersion, textOf } from './form-post.ts';

export type CoordinatorField =
	| 'full_name'
	| 'title'
	| 'phone'
	| 'email'
	| 'office_address'
	| 'office_hours'
	| 'verified_at'
	| 'role'
	| 'form';

export interface CoordinatorFormValues {
	id: string | null;
	version: string;
	arrangement_id: string | null;
	role: string;
	full_name: string;
	title: string;
	phone: string;
	email: string;
	office_address: string;
	office_hours: string;
	verified_at: string;
}

export type CoordinatorErrors = Partial<Record<CoordinatorField, string>>;

/** The stored fields, merged one by one when a colleague saved in between (see merge.ts), with their labels. */
export const COORDINATOR_MERGE_FIELDS = [
	'full_name',
	'title',
	'phone',
	'email',
	'office_address',
	'office_hours',
	'verified_at'
] as const;
export type CoordinatorMergeField = (typeof COORDINATOR_MERGE_FIELDS)[number];
export const COORDINATOR_LABELS = labelsOf(COORDINATOR, COORDINATOR_MERGE_FIELDS);

export function coordinatorValuesOf(
	c: CoordinatorForEdit | null,
	arrangementId: string | null
): CoordinatorFormValues {
	return {
		id: c?.id ?? null,
		version: c ? String(c.version) : '',
		arrangement_id: arrangementId,
		role: 'primary',
		full_name: c?.full_name ?? '',
		title: c?.title ?? '',
		phone: c?.phone ?? '',
		email: c?.email ?? '',
		office_address: c?.office_address ?? '',
		office_hours: c?.office_hours ?? '',
		verified_at: c?.verified_at ?? ''
	};
}

export function readCoordinatorForm(
	form: FormData,
	id: string | null,
	arrangementId: string | null,
	today: string
) {
	const text = postedText(form);
	return {
		id,
		version: text('version'),
		arrangement_id: arrangementId,
		role: text('role') || 'primary',
		full_name: text('full_name'),
		title: text('title'),
		phone: text('phone'),
		email: text('email'),
		office_address: text('office_address'),
		office_hours: text('office_hours'),
		// "Verified today" ticks the date to today.
		verified_at: form.get('verified_today') ? today : text('verified_at').trim()
	} satisfies CoordinatorFormValues;
}

export function checkCoordinator(
	values: CoordinatorFormValues,
	today: string
): { input: CoordinatorInput; errors?: undefined } | { input?: undefined; errors: CoordinatorErrors } {
	const checked = checkFields(COORDINATOR, textOf(values, COORDINATOR_MERGE_FIELDS), { today });
	const errors: CoordinatorErrors = checked.errors;
	if (!values.phone.trim() && !values.email.trim()) errors.phone ??= COORDINATOR_UNREACHABLE;
	const role = checkFields(COORDINATOR_LINK, { role: values.role }, { today });
	if (role.errors.role) errors.role = role.errors.role;
	const { version, error: versionError } = postedVersion(values);
	if (versionError) errors.form = versionError;
	if (Object.keys(errors).length > 0) return { errors };
	return {
		input: {
			id: values.id,
			version,
			arrangement_id: values.arrangement_id,
			role: role.values.role as 'primary' | 'deputy',
			...checkedOf<Pick<CoordinatorInput, CoordinatorMergeField>>(checked.values, COORDINATOR_MERGE_FIELDS)
		}
	};
}

/** A database refusal as a message on the field it is about, by the constraint's name (src/lib/domain). */
export function coordinatorRefusal(
	code: string,
	constraint: string | null
): { field: CoordinatorField; message: string } {
	const link = constraint ? constraintMessages(COORDINATOR_LINK)[constraint] : undefined;
	if (link) return { field: link.field === 'role' ? 'role' : 'form', message: link.message };
	return refusal(COORDINATOR, code, constraint) as { field: CoordinatorField; message: string };
}
