import { publicState } from '$lib/server/public-data';
import { openDataset } from '$lib/server/open-data';
import { formatDateTime } from '$lib/i18n/format';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const [{ snapshot }, history] = await Promise.all([publicState(), openDataset('historikk')]);
	const map = snapshot.data.map;
	return {
		dataDate: map.at,
		dataVersion: snapshot.version,
		lastChanged: map.last_changed_at ? formatDateTime(map.last_changed_at) : null,
		isDemo: map.is_demo,
		// The earliest population year the sources have (older years use it, see the definitions).
		firstPopulationYear: Math.min(...history.rows.map((r) => Number(r.population_year))),
		citation: history.meta.citation,
		// For the comparison with the 2015 report (428 municipalities then): 2015 in today's structure.
		covered2015: history.rows.filter((r) => Number(r.year) === 2015 && r.status !== 'none').length
	};
};
