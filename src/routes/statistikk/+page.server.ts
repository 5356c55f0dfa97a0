import { countiesByName } from '$lib/policy/county-sort';
import { movedViewQuery } from '$lib/policy/view-state';
import { redirectOldLink } from '$lib/server/old-links';
import { policyPageData } from '$lib/server/public-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	redirectOldLink(url, movedViewQuery(url.searchParams));
	const data = await policyPageData();
	// Sorted here so that the browser needs no collation to sort the county table by name.
	return { ...data, countyOrder: countiesByName(data.counties) };
};
