import { error } from '@sveltejs/kit';
import { requireStaff, DATABASE_DOWN } from '$lib/server/staff-guard';
import { isUnavailable } from '$lib/server/staff-data';
import { staffMunicipalities } from '$lib/server/staff-municipalities';
import { staffReports } from '$lib/server/error-reports';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { data, caller } = await requireStaff(locals, url);
	try {
		const [list, attention, unlinked, openReports, municipalities] = await Promise.all([
			data.arrangements(),
			data.needsAttention(),
			data.unlinkedCoordinators(),
			staffReports(caller).list('open'),
			staffMunicipalities()
		]);
		const names = new Map(municipalities.map((mu) => [mu.kommunenummer, mu.name]));
		// Found by every member it has had or will have (by name and number), county and coordinator.
		const arrangements = list.map((a) => ({
			...a,
			search: {
				names: [a.name, ...a.member_numbers.map((k) => names.get(k) ?? k), ...a.counties, ...a.coordinators],
				numbers: a.member_numbers
			}
		}));
		// A coordinator of arrangements that have all ended needs no checking: leave them out.
		const active = new Set(list.filter((a) => a.active).map((a) => a.id));
		const unverified = attention.unverified.filter((c) => !c.arrangement_id || active.has(c.arrangement_id));
		const saved = url.searchParams.get('lagret');
		return {
			arrangements,
			attention: { ...attention, unverified },
			unlinked,
			openReports,
			saved: saved ? (list.find((a) => a.id === saved) ?? { id: saved, name: null }) : null,
			query: url.searchParams.get('q') ?? '',
			passwordChanged: url.searchParams.get('passord') === 'byttet'
		};
	} catch (cause) {
		if (isUnavailable(cause)) error(503, DATABASE_DOWN);
		throw cause;
	}
};
