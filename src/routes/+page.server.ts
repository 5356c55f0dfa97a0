import { database } from '$lib/server/db';
import { nationalSvgMap } from '$lib/server/data/geometry';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const db = await database();
	const snapshot = await db.mapSnapshot();
	return { snapshot, svgMap: nationalSvgMap(), isDemo: snapshot.is_demo };
};
