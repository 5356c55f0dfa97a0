import { database } from '$lib/server/db';
import { nationalMapMarkup } from '$lib/server/map';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const snapshot = await (await database()).mapSnapshot();
	locals.svgMapMarkup = nationalMapMarkup(snapshot);
	return { snapshot, isDemo: snapshot.is_demo };
};
