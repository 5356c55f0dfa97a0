import { requireStaff } from '$lib/server/staff-guard';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, url }) => {
	const { staff } = await requireStaff(locals, url);
	return { staff };
};
