// Error reports from visitors, for staff: the open ones by default, or those with one status, each with a link
// to the municipality and its arrangement; staff set the status (new, in progress, fixed, rejected) and a note.
import { fail } from '@sveltejs/kit';
import { staffForAction, staffPage, DATABASE_DOWN } from '$lib/server/staff-guard';
import { isUnavailable } from '$lib/server/staff-data';
import { staffReports } from '$lib/server/error-reports';
import { isReportStatus } from '$lib/reports/report-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const asked = event.url.searchParams.get('status');
	const filter = isReportStatus(asked) || asked === 'alle' ? asked : 'open';
	return staffPage(
		event,
		async ({ caller }) => ({
			reports: await staffReports(caller).list(filter === 'alle' ? null : filter),
			filter
		}),
		// The answer to a post while the database is down: the page shows the posted report's form alone.
		() => ({ reports: [], filter })
	);
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const form = await request.formData();
		const id = String(form.get('id') ?? '');
		const status = form.get('status');
		const note = String(form.get('staff_note') ?? '').trim();
		// A refusal answers with the report's form as posted, so that nothing typed is lost.
		const refused = (code: number, error: string) =>
			fail(code, { id, error, posted: { status: String(status ?? ''), note } });
		if (!isReportStatus(status)) return refused(400, 'Velg en status.');
		if (note.length > 2000) return refused(400, 'Notatet er for langt: høyst 2000 tegn.');
		const staff = await staffForAction(locals, url);
		if (!staff) return refused(503, DATABASE_DOWN);
		try {
			const result = await staffReports(staff.caller).setStatus(id, status, note || null);
			if (result.status === 'not_found') return refused(404, 'Fant ikke meldingen.');
			return { id, saved: status };
		} catch (cause) {
			if (isUnavailable(cause)) return refused(503, DATABASE_DOWN);
			return refused(400, 'Databasen avviste endringen.');
		}
	}
};
