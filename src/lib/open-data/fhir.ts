// The arrangements as FHIR R4 HealthcareService resources, for health directories: one per active arrangement,
// service type KX06 "Kreftkoordinator" from Volven 8663 (municipal health services), coverage area the
// member municipalities (Location resources identified by kommunenummer, Volven 3402), and the coordinators'
// phone numbers and e-mail addresses as telecom. A Bundle of type collection.
import type { MunicipalityDetail } from '$lib/coverage/schema';

export const SERVICE_TYPE = {
	system: 'urn:oid:2.16.578.1.12.4.1.1.8663',
	code: 'KX06',
	display: 'Kreftkoordinator'
} as const;
export const KOMMUNENUMMER_SYSTEM = 'urn:oid:2.16.578.1.12.4.1.1.3402';

export function healthcareServiceBundle(details: Iterable<MunicipalityDetail>, at: string, origin: string) {
	const arrangements = new Map<string, NonNullable<MunicipalityDetail['arrangement']>>();
	const municipalities = new Map<string, MunicipalityDetail>();
	for (const d of details) {
		municipalities.set(d.kommunenummer, d);
		if (d.arrangement) arrangements.set(d.arrangement.id, d.arrangement);
	}
	const locationId = (kommunenummer: string) => `kommune-${kommunenummer}`;
	const memberNumbers = new Set(
		[...arrangements.values()].flatMap((a) => a.members.map((m) => m.kommunenummer))
	);
	const locations = [...memberNumbers].sort().map((k) => ({
		fullUrl: `${origin}/data/fhir/Location/${locationId(k)}`,
		resource: {
			resourceType: 'Location' as const,
			id: locationId(k),
			identifier: [{ system: KOMMUNENUMMER_SYSTEM, value: k }],
			name: municipalities.get(k)?.name ?? k,
			mode: 'instance' as const,
			physicalType: {
				coding: [
					{
						system: 'http://terminology.hl7.org/CodeSystem/location-physical-type',
						code: 'area',
						display: 'Area'
					}
				]
			}
		}
	}));
	const services = [...arrangements.values()]
		.sort((a, b) => a.name.localeCompare(b.name, 'nb'))
		.map((a) => {
			const telecom = a.coordinators.flatMap((c) => [
				...(c.phone ? [{ system: 'phone' as const, value: c.phone, use: 'work' as const }] : []),
				...(c.email ? [{ system: 'email' as const, value: c.email, use: 'work' as const }] : [])
			]);
			return {
				fullUrl: `${origin}/data/fhir/HealthcareService/${a.id}`,
				resource: {
					resourceType: 'HealthcareService' as const,
					id: a.id,
					active: true,
					name: a.name,
					type: [{ coding: [{ ...SERVICE_TYPE }], text: SERVICE_TYPE.display }],
					coverageArea: a.members.map((m) => ({
						reference: `Location/${locationId(m.kommunenummer)}`,
						display: m.name
					})),
					...(telecom.length ? { telecom } : {}),
					comment: `Vertskommune: ${a.host_name}. Startet ${a.started_on}.`,
					appointmentRequired: false
				}
			};
		});
	return {
		resourceType: 'Bundle' as const,
		type: 'collection' as const,
		timestamp: `${at}T00:00:00Z`,
		entry: [...services, ...locations]
	};
}
