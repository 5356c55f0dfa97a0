// The three kinds of staff record that are edited in a form and merged on a conflict: which fields merge,
// their labels, how the conflict's heading names the record, and where its form lives.
import { ARRANGEMENT_LABELS, ARRANGEMENT_MERGE_FIELDS } from './arrangement-form';
import { COORDINATOR_LABELS, COORDINATOR_MERGE_FIELDS } from './coordinator-form';
import { SERVICE_LABELS, SERVICE_MERGE_FIELDS } from './service-merge';

export interface RecordKind<F extends string> {
	fields: readonly F[];
	labels: Record<F, string>;
	/** "denne ordningen": the record in "Noen andre har lagret … mens du redigerte". */
	what: string;
	/** The forms' address; a record's form is path/id. */
	path: string;
}

export const ARRANGEMENT_RECORD = {
	fields: ARRANGEMENT_MERGE_FIELDS,
	labels: ARRANGEMENT_LABELS,
	what: 'denne ordningen',
	path: '/admin/ordninger'
} satisfies RecordKind<string>;

export const COORDINATOR_RECORD = {
	fields: COORDINATOR_MERGE_FIELDS,
	labels: COORDINATOR_LABELS,
	what: 'denne koordinatoren',
	path: '/admin/koordinatorer'
} satisfies RecordKind<string>;

export const SERVICE_RECORD = {
	fields: SERVICE_MERGE_FIELDS,
	labels: SERVICE_LABELS,
	what: 'dette tilbudet',
	path: '/admin/tilbud'
} satisfies RecordKind<string>;
