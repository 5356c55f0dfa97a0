import { countiesByName } from '$lib/policy/county-sort';
import { movedViewQuery } from '$lib/policy/view-state';
import { redirectOldLink } from '$lib/server/old-links';
import { policyMapInPage } from '$lib/server/policy-map-image';
import { policyPageData } from '$lib/server/public-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	redirectOldLink(event.url, movedViewQuery(event.url.searchParams));
	const [data] = await Promise.all([policyPageData(), policyMapInPage(event)]);
	// Sorted here so that the browser needs no collation to sort the county table by name.
	return { ...data, countyOrder: countiesByName(data.counties) };
};
