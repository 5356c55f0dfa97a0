import { error } from '@sveltejs/kit';
import { requireStaff, DATABASE_DOWN } from '$lib/server/staff-guard';
import { isUnavailable } from '$lib/server/staff-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { data } = await requireStaff(locals, url);
	try {
		const [arrangements, attention, unlinked] = await Promise.all([
			data.arrangements(),
			data.needsAttention(),
			data.unlinkedCoordinators()
		]);
		return { arrangements, attention, unlinked, saved: url.searchParams.get('lagret') };
	} catch (cause) {
		if (isUnavailable(cause)) error(503, DATABASE_DOWN);
		throw cause;
	}
};
