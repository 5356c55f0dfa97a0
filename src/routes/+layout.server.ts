import { publicState } from '$lib/server/public-data';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async () => {
	const { snapshot, stale } = await publicState();
	return { isDemo: snapshot.data.map.is_demo, updatedAt: snapshot.loadedAt.toISOString(), stale };
};
