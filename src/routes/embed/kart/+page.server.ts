import { movedViewQuery } from '$lib/policy/view-state';
import { redirectOldLink } from '$lib/server/old-links';
import { policyMapInPage } from '$lib/server/policy-map-image';
import { policyPageData } from '$lib/server/public-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	redirectOldLink(event.url, movedViewQuery(event.url.searchParams));
	const [data] = await Promise.all([policyPageData(), policyMapInPage(event)]);
	return data;
};
