import { requireStaff, unlessDownAfterPost } from '$lib/server/staff-guard';
import type { StaffMember } from '$lib/server/staff-data';
import type { LayoutServerLoad } from './$types';

// staff is null only on the answer to a form post while the database is down (see unlessDownAfterPost).
export const load: LayoutServerLoad = ({ locals, url, request }) =>
	unlessDownAfterPost(
		request,
		async (): Promise<{ staff: StaffMember | null }> => ({ staff: (await requireStaff(locals, url)).staff }),
		() => ({ staff: null })
	);
