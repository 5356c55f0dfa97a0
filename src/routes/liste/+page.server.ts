import { movedListQuery } from '$lib/coverage/list';
import { redirectOldLink } from '$lib/server/old-links';
import { publicState } from '$lib/server/public-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	redirectOldLink(url, movedListQuery(url.searchParams));
	return { snapshot: (await publicState()).snapshot.data.map };
};
