import { database } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const snapshot = await (await database()).mapSnapshot();
	return { snapshot, isDemo: snapshot.is_demo };
};
