import { publicState, publicTimeline } from '$lib/server/public-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const [{ snapshot }, timeline] = await Promise.all([publicState(), publicTimeline()]);
	return {
		timeline,
		municipalities: snapshot.data.map.municipalities,
		counties: snapshot.data.map.counties
	};
};
