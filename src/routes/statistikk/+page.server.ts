import { movedViewQuery } from '$lib/policy/view-state';
import { redirectOldLink } from '$lib/server/old-links';
import { policyPageData } from '$lib/server/public-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	redirectOldLink(url, movedViewQuery(url.searchParams));
	return policyPageData();
};
