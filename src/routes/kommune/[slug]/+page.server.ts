import { municipalityCentroids } from '$lib/server/data/geometry';
import { nearestCovered } from '$lib/server/data/nearest';
import { loadMunicipalityPage } from '$lib/server/municipality-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	// The picture of the map zoomed to the municipality stands in the map box until the interactive map is
	// ready. The history comes in the same answer (the panel loads this page's data), from one query per data
	// version.
	const { kommunenummer, detail, history, map, canonicalPath } = await loadMunicipalityPage(event);
	const nearby =
		detail.status === 'none'
			? nearestCovered(kommunenummer, map.municipalities, municipalityCentroids())
			: [];
	return { detail, nearby, history, canonicalPath };
};
