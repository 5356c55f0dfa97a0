// Error reports from visitors: sending one (as an anonymous visitor, through public.submit_error_report)
// and the staff list (as the signed-in staff member, so row-level security decides). See
// supabase/migrations/*_error_reports.sql.
import { transport } from './db/index.ts';
import { DatabaseRefusal, type Caller } from './db/transport.ts';
import { Backoff } from './auth/rate-limit.ts';
import type { ErrorReport, ReportError, ReportStatus, ReportValues } from '$lib/reports/report-form';

// At most 5 reports per client address in 15 minutes (in memory, per server process); the database holds
// its own limit per municipality and per hour for callers that bypass the app.
const QUARTER_HOUR = 15 * 60_000;
const perClient = new Backoff({
	free: 5,
	firstWaitMs: QUARTER_HOUR,
	maxWaitMs: QUARTER_HOUR,
	forgetMs: QUARTER_HOUR
});

/** Sends a checked report. Returns null when it was received, else why not. */
export async function sendReport(
	kommunenummer: string,
	values: ReportValues,
	clientAddress: string
): Promise<ReportError | null> {
	if (perClient.retryAfter(clientAddress) > 0) return 'busy';
	perClient.fail(clientAddress);
	try {
		const result = await (
			await transport()
		).rpc<{ status: 'received' | 'busy' }>('submit_error_report', {
			p_kommunenummer: kommunenummer,
			p_message: values.message,
			p_contact: values.contact || null
		});
		return result.status === 'received' ? null : 'busy';
	} catch (cause) {
		if (cause instanceof DatabaseRefusal && cause.code === '23514') {
			// The app checks the same caps first; this is the database agreeing.
			if (cause.constraint?.includes('contact_length')) return 'contact_long';
			if (cause.constraint?.includes('message_length')) return 'message_long';
			return 'control';
		}
		console.error('error report not stored:', cause);
		return 'failed';
	}
}

export function staffReports(caller: Caller) {
	const call = async <T>(fn: string, args: Record<string, string | null> = {}) =>
		(await transport()).rpc<T>(fn, args, caller);
	return {
		/** Newest first; 'open' is new and in progress, null all. */
		list: (status: ReportStatus | 'open' | null) =>
			call<ErrorReport[]>('error_reports', status ? { p_status: status } : {}),
		setStatus: (id: string, status: ReportStatus, note: string | null) =>
			call<{ status: 'saved' | 'not_found' }>('set_error_report_status', {
				p_id: id,
				p_status: status,
				p_staff_note: note
			})
	};
}
