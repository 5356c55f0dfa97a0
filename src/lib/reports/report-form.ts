// The "report an error" form: its fields, size caps and checks, shared by the form (to say the limits) and
// the server (to check before the database, which enforces the same caps as constraints).
export const MESSAGE_MIN = 5;
export const MESSAGE_MAX = 2000;
export const CONTACT_MAX = 200;
/** The honeypot: a field people never see or fill in; a bot that fills every field gives itself away. */
export const HONEYPOT = 'nettside';

export const REPORT_STATUSES = ['new', 'in_progress', 'fixed', 'rejected'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const isReportStatus = (value: unknown): value is ReportStatus =>
	REPORT_STATUSES.includes(value as ReportStatus);

export type ReportError = 'message_short' | 'message_long' | 'contact_long' | 'control' | 'busy' | 'failed';

export interface ReportValues {
	message: string;
	contact: string;
}

// Line breaks and tabs are fine in the message; other control characters are not (the database agrees).
// eslint-disable-next-line no-control-regex
const CONTROL_IN_MESSAGE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_IN_LINE = /[\x00-\x1f\x7f]/;

/** Characters as the database counts them (code points, not UTF-16 units). */
export const length = (text: string) => [...text].length;

/** The typed values, trimmed, and what is wrong with them (nothing: an empty list). */
export function checkReport(form: { get(name: string): unknown }): {
	values: ReportValues;
	errors: ReportError[];
	spam: boolean;
} {
	const text = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '';
	};
	const values = { message: text('message'), contact: text('contact') };
	const errors: ReportError[] = [];
	if (length(values.message) < MESSAGE_MIN) errors.push('message_short');
	if (length(values.message) > MESSAGE_MAX) errors.push('message_long');
	if (length(values.contact) > CONTACT_MAX) errors.push('contact_long');
	if (CONTROL_IN_MESSAGE.test(values.message) || CONTROL_IN_LINE.test(values.contact)) errors.push('control');
	return { values, errors, spam: text(HONEYPOT) !== '' };
}

/** A report as the staff list shows it (public.error_reports). */
export interface ErrorReport {
	id: string;
	kommunenummer: string;
	municipality_name: string;
	name_norwegian: string;
	arrangement_id: string | null;
	arrangement_name: string | null;
	message: string;
	contact: string | null;
	status: ReportStatus;
	staff_note: string | null;
	created_at: string;
	updated_at: string;
}
