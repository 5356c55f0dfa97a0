import { publicState } from '$lib/server/public-data';
import { formatDateTime } from '$lib/i18n/format';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async () => {
	const { snapshot, stale } = await publicState();
	return {
		isDemo: snapshot.data.map.is_demo,
		// Written out here: in the browser, Intl's time zones would load during the first hydration.
		updatedAtText: formatDateTime(snapshot.loadedAt.toISOString()),
		stale
	};
};
