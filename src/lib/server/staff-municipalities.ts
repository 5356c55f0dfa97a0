// Every municipality as the staff screens list it: number, name and county (from the public snapshot).
import { publicState } from './public-data.ts';

export interface StaffMunicipality {
	kommunenummer: string;
	name: string;
	county: string;
}

export async function staffMunicipalities(): Promise<StaffMunicipality[]> {
	const { snapshot } = await publicState();
	const counties = new Map(snapshot.data.map.counties.map((c) => [c.fylkesnummer, c.name]));
	return snapshot.data.map.municipalities
		.map((mu) => ({
			kommunenummer: mu.kommunenummer,
			name: mu.name,
			county: counties.get(mu.kommunenummer.slice(0, 2)) ?? ''
		}))
		.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
