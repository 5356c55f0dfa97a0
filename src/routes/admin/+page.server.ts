import { error } from '@sveltejs/kit';
import { requireStaff, DATABASE_DOWN } from '$lib/server/staff-guard';
import { isUnavailable } from '$lib/server/staff-data';
import { staffReports } from '$lib/server/error-reports';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { data, caller } = await requireStaff(locals, url);
	try {
		const [arrangements, attention, unlinked, openReports] = await Promise.all([
			data.arrangements(),
			data.needsAttention(),
			data.unlinkedCoordinators(),
			staffReports(caller).list('open')
		]);
		return { arrangements, attention, unlinked, openReports, saved: url.searchParams.get('lagret') };
	} catch (cause) {
		if (isUnavailable(cause)) error(503, DATABASE_DOWN);
		throw cause;
	}
};
