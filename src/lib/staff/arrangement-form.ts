// The arrangement form: reading and checking what was posted, with a message per field in Norwegian, and
// turning the database's refusals (named constraints) into messages on the right field. The database checks
// the same rules again; this is for clear messages.
import type { ArrangementForEdit, ArrangementInput } from '$lib/server/staff-data';
import { checkFields } from '$lib/domain/check';
import { constraintMessages, fieldOf, labelsOf, refusal } from '$lib/domain/entity';
import { ARRANGEMENT, MEMBERSHIP } from '$lib/domain/entities';
import { formMessage, parseField } from '$lib/domain/fields';
import { today as todayInNorway } from '$lib/domain/ids';
import { checkedOf, postedText, postedVersion, textOf } from './form-post.ts';

export type ArrangementField =
	| 'name'
	| 'host_kommunenummer'
	| 'members'
	| 'started_on'
	| 'ended_on'
	| 'cofunding_start_year'
	| 'position_percent'
	| 'notes'
	| 'effective'
	| 'form';

/** What the form shows: the posted text as it was typed, so that nothing is lost when it is refused. */
export interface ArrangementFormValues {
	id: string | null;
	version: string;
	name: string;
	host_kommunenummer: string;
	members: string[];
	started_on: string;
	ended_on: string;
	cofunding_start_year: string;
	position_percent: string;
	notes: string;
	effective: string;
}

export type FieldErrors = Partial<Record<ArrangementField, string>>;

/** The stored fields, merged one by one when a colleague saved in between (see merge.ts), with their labels. */
export const ARRANGEMENT_MERGE_FIELDS = [
	'name',
	'host_kommunenummer',
	'members',
	'started_on',
	'ended_on',
	'cofunding_start_year',
	'position_percent',
	'notes'
] as const;
export type ArrangementMergeField = (typeof ARRANGEMENT_MERGE_FIELDS)[number];
/** The stored fields that are the arrangement's own columns (the members are memberships). */
const COLUMNS = ARRANGEMENT_MERGE_FIELDS.filter(
	(f): f is Exclude<ArrangementMergeField, 'members'> => f !== 'members'
);
export const ARRANGEMENT_LABELS: Record<ArrangementMergeField, string> = {
	...labelsOf(ARRANGEMENT, COLUMNS),
	members: 'Kommuner'
};

export function formValuesOf(arrangement: ArrangementForEdit | null, today: string): ArrangementFormValues {
	return {
		id: arrangement?.id ?? null,
		version: arrangement ? String(arrangement.version) : '',
		name: arrangement?.name ?? '',
		host_kommunenummer: arrangement?.host_kommunenummer ?? '',
		members: arrangement?.members ?? [],
		started_on: arrangement?.started_on ?? today,
		ended_on: arrangement?.ended_on ?? '',
		cofunding_start_year: arrangement?.cofunding_start_year?.toString() ?? '',
		position_percent: arrangement?.position_percent?.toString().replace('.', ',') ?? '',
		notes: arrangement?.notes ?? '',
		effective: today
	};
}

export function readArrangementForm(form: FormData, id: string | null): ArrangementFormValues {
	const text = postedText(form);
	return {
		id,
		version: text('version'),
		name: text('name'),
		host_kommunenummer: text('host_kommunenummer'),
		members: form.getAll('members').filter((v): v is string => typeof v === 'string'),
		started_on: text('started_on').trim(),
		ended_on: text('ended_on').trim(),
		cofunding_start_year: text('cofunding_start_year').trim(),
		position_percent: text('position_percent').trim(),
		notes: text('notes'),
		effective: text('effective').trim()
	};
}

/** Checks the values by the arrangement's rules (src/lib/domain); returns the input for the database, or the errors. */
export function checkArrangement(
	values: ArrangementFormValues,
	knownMunicipalities: Set<string>,
	today: string = todayInNorway()
): { input: ArrangementInput; errors?: undefined } | { input?: undefined; errors: FieldErrors } {
	const context = { kommunenumre: knownMunicipalities, today };
	const checked = checkFields(ARRANGEMENT, textOf(values, COLUMNS), context);
	const errors: FieldErrors = checked.errors;
	const parsed = checked.values;

	// The members are memberships: each a municipality by the membership's rule.
	const members = [...new Set(values.members)];
	const unknown = members.filter((k) => parseField(MEMBER_MUNICIPALITY, k, context).problem);
	if (members.length === 0) errors.members = ARRANGEMENT.rules.arrangement_has_members.message;
	else if (unknown.length > 0) errors.members = `Ukjent kommunenummer: ${unknown.join(', ')}.`;
	if (!errors.host_kommunenummer && !members.includes(String(parsed.host_kommunenummer)))
		errors.host_kommunenummer = ARRANGEMENT.rules.arrangement_host_is_member.message;

	// The date a change takes effect: a date by the same rule as the start.
	const effective = values.id
		? parseField(fieldOf(ARRANGEMENT, 'started_on'), values.effective, context)
		: null;
	if (effective?.problem)
		errors.effective = formMessage(fieldOf(ARRANGEMENT, 'started_on'), effective.problem);

	const { version, error: versionError } = postedVersion(values);
	if (versionError) errors.form = versionError;

	if (Object.keys(errors).length > 0) return { errors };
	const started = parsed.started_on as string;
	return {
		input: {
			id: values.id,
			version,
			...checkedOf<Pick<ArrangementInput, (typeof COLUMNS)[number]>>(parsed, COLUMNS),
			members,
			effective: effective ? (effective.value as string) : started
		}
	};
}

const MEMBER_MUNICIPALITY = fieldOf(MEMBERSHIP, 'kommunenummer');
/** What a membership's refusal is about, on this form. */
const MEMBERSHIP_ON_FORM: Record<string, ArrangementField> = {
	kommunenummer: 'members',
	valid_from: 'started_on',
	valid_to: 'ended_on',
	arrangement_id: 'form',
	form: 'form'
};

/** The field a database refusal is about, and what to say: by the constraint's name (src/lib/domain). */
export function refusalMessage(
	code: string,
	constraint: string | null
): { field: ArrangementField; message: string } {
	if (constraint && constraintMessages(MEMBERSHIP)[constraint]) {
		const { field, message } = constraintMessages(MEMBERSHIP)[constraint];
		return { field: MEMBERSHIP_ON_FORM[field], message };
	}
	const { field, message } = refusal(ARRANGEMENT, code, constraint);
	return { field: field === 'id' ? 'form' : field, message };
}
