import { publicState } from '$lib/server/public-data';
import { nationalMapMarkup } from '$lib/server/map';
import { memoize } from '$lib/server/snapshot-store';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const { snapshot } = await publicState();
	locals.svgMapMarkup = memoize(snapshot, `svg:${getLocale()}`, () => nationalMapMarkup(snapshot.data.map));
	return { snapshot: snapshot.data.map };
};
