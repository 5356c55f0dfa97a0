// Error reports from visitors, for staff: the open ones by default, or those with one status, each with a link
// to the municipality and its arrangement; staff set the status (new, in progress, fixed, rejected) and a note.
import { error, fail } from '@sveltejs/kit';
import { requireStaff, staffForAction, DATABASE_DOWN } from '$lib/server/staff-guard';
import { isUnavailable } from '$lib/server/staff-data';
import { staffReports } from '$lib/server/error-reports';
import { isReportStatus } from '$lib/reports/report-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { caller } = await requireStaff(locals, url);
	const asked = url.searchParams.get('status');
	const filter = isReportStatus(asked) || asked === 'alle' ? asked : 'open';
	try {
		const reports = await staffReports(caller).list(filter === 'alle' ? null : filter);
		return { reports, filter };
	} catch (cause) {
		if (isUnavailable(cause)) error(503, DATABASE_DOWN);
		throw cause;
	}
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const form = await request.formData();
		const id = String(form.get('id') ?? '');
		const status = form.get('status');
		const note = String(form.get('staff_note') ?? '').trim();
		if (!isReportStatus(status)) return fail(400, { id, error: 'Velg en status.' });
		if (note.length > 2000) return fail(400, { id, error: 'Notatet er for langt: høyst 2000 tegn.' });
		const staff = await staffForAction(locals, url);
		if (!staff) return fail(503, { id, error: DATABASE_DOWN });
		try {
			const result = await staffReports(staff.caller).setStatus(id, status, note || null);
			if (result.status === 'not_found') return fail(404, { id, error: 'Fant ikke meldingen.' });
			return { id, saved: status };
		} catch (cause) {
			if (isUnavailable(cause)) return fail(503, { id, error: DATABASE_DOWN });
			return fail(400, { id, error: 'Databasen avviste endringen.' });
		}
	}
};
