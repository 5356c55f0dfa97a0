// The fact sheet of one municipality (issue 17, item 6): what its page says, on one A4 sheet for municipal
// leaders, with the history and the map picture. The same data as the page, from the same snapshot.
import { loadMunicipalityPage } from '$lib/server/municipality-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	// The map picture as on the page (coloured by the page's styles, so inline rather than an <img>).
	const { detail, history, canonicalPath } = await loadMunicipalityPage(event, '/faktaark');
	return { detail, history, canonicalPath };
};
