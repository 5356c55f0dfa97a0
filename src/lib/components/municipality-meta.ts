// The line under a municipality's name (its page, the map's panel, the fact sheet): number, county and, where
// known, population.
import type { MunicipalityDetail } from '$lib/coverage/schema';
import { formatNumber } from '$lib/i18n/format';
import { m } from '$lib/paraglide/messages';

export function municipalityMeta(mu: MunicipalityDetail): string {
	return [
		m.municipality_meta({ kommunenummer: mu.kommunenummer, county: mu.county_name }),
		mu.population &&
			m.municipality_population({
				population: formatNumber(mu.population.population),
				year: mu.population.year
			})
	]
		.filter(Boolean)
		.join(' · ');
}
