// For a municipality without a coordinator: the nearest ones that have one (by distance between centroids).
import { geoDistance } from 'd3-geo';
import type { NearbyMunicipality, SnapshotMunicipality } from '$lib/coverage/schema';

export type { NearbyMunicipality };

const EARTH_RADIUS_KM = 6371.0088;

export function nearestCovered(
	kommunenummer: string,
	municipalities: SnapshotMunicipality[],
	centroids: Map<string, [number, number]>,
	limit = 3
): NearbyMunicipality[] {
	const origin = centroids.get(kommunenummer);
	if (!origin) return [];
	return municipalities
		.filter((m) => m.status !== 'none' && m.kommunenummer !== kommunenummer && centroids.has(m.kommunenummer))
		.map((m) => ({
			...m,
			distance_km: Math.round(geoDistance(origin, centroids.get(m.kommunenummer)!) * EARTH_RADIUS_KM)
		}))
		.sort((a, b) => a.distance_km - b.distance_km)
		.slice(0, limit);
}
