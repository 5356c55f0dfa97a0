import { error } from '@sveltejs/kit';
import { requireStaff, DATABASE_DOWN } from '$lib/server/staff-guard';
import { isUnavailable } from '$lib/server/staff-data';
import { staffMunicipalities } from '$lib/server/staff-municipalities';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { data } = await requireStaff(locals, url);
	try {
		const [list, municipalities] = await Promise.all([data.coordinators(), staffMunicipalities()]);
		const names = new Map(municipalities.map((mu) => [mu.kommunenummer, mu]));
		const coordinators = list.map((c) => ({
			...c,
			// Found by name, e-mail, phone, arrangement, and the municipalities (name, number, county) they serve.
			search: {
				names: [
					c.full_name,
					c.email ?? '',
					...c.arrangements.map((a) => a.name),
					...c.kommunenumre.flatMap((k) => [names.get(k)?.name ?? k, names.get(k)?.county ?? ''])
				],
				numbers: [...c.kommunenumre, (c.phone ?? '').replace(/\D/g, '').replace(/^47(?=\d{8}$)/, '')]
			}
		}));
		return { coordinators, query: url.searchParams.get('q') ?? '' };
	} catch (cause) {
		if (isUnavailable(cause)) error(503, DATABASE_DOWN);
		throw cause;
	}
};
