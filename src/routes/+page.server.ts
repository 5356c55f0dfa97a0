import { publicState } from '$lib/server/public-data';
import { nationalMapMarkup } from '$lib/server/map';
import { memoize } from '$lib/server/snapshot-store';
import { MEMO } from '$lib/server/memo-keys';
import { getLocale } from '$lib/paraglide/runtime';
import { intlLocale } from '$lib/i18n/format';
import { sortedByName } from '$lib/coverage/list';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const { snapshot } = await publicState();
	locals.svgMapMarkup = memoize(snapshot, MEMO.nationalSvg(getLocale()), () =>
		nationalMapMarkup(snapshot.data.map)
	);
	const locale = intlLocale();
	const municipalities = memoize(snapshot, MEMO.byName(locale), () =>
		sortedByName(snapshot.data.map.municipalities, locale)
	);
	return { snapshot: { ...snapshot.data.map, municipalities } };
};
