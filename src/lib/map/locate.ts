// Which municipality a position is in: the polygon that contains it, or, for a point just off a simplified
// coastline, the municipality whose border is within a short distance. Otherwise: not in Norway.
import { geoBounds, geoContains, geoDistance } from 'd3-geo';
import type { Feature, FeatureCollection, Position } from 'geojson';

const EARTH_RADIUS_KM = 6371.0088;
export const COASTLINE_TOLERANCE_KM = 2;

export interface Locator {
	locate(lonLat: [number, number]): string | null;
}

function* positions(f: Feature): Generator<Position> {
	const g = f.geometry;
	if (g.type === 'Polygon') for (const ring of g.coordinates) yield* ring;
	else if (g.type === 'MultiPolygon')
		for (const polygon of g.coordinates) for (const ring of polygon) yield* ring;
}

/** A locator over municipality features whose id is the kommunenummer (see geometry-client.ts). */
export function municipalityLocator(municipalities: FeatureCollection): Locator {
	const features = municipalities.features;
	return {
		locate(point) {
			const inside = features.find((f) => geoContains(f, point));
			if (inside) return String(inside.id);
			let nearest: { id: string; km: number } | null = null;
			for (const f of features) {
				for (const p of positions(f)) {
					const km = geoDistance(point, p as [number, number]) * EARTH_RADIUS_KM;
					if (!nearest || km < nearest.km) nearest = { id: String(f.id), km };
				}
			}
			return nearest && nearest.km <= COASTLINE_TOLERANCE_KM ? nearest.id : null;
		}
	};
}

/**
 * Norwegian land that is no municipality (see NOT_MUNICIPALITIES in the data build): a position there gets
 * told so, with the municipality people there are usually referred to. Boxes around the islands.
 */
export const NOT_MUNICIPALITY_AREAS = [
	// Longyearbyen lokalstyre is not a municipality; the hospital and most services are in Tromsø.
	{ name: 'Svalbard', west: 9, east: 35, south: 74, north: 81.5, nearest: '5501' },
	// Jan Mayen is run from Nordland (Bodø).
	{ name: 'Jan Mayen', west: -9.2, east: -7.8, south: 70.7, north: 71.2, nearest: '1804' }
] as const;

export function notMunicipalityArea([lon, lat]: [number, number]) {
	return (
		NOT_MUNICIPALITY_AREAS.find((a) => lon >= a.west && lon <= a.east && lat >= a.south && lat <= a.north) ??
		null
	);
}

/**
 * The municipality at a position, read in the counties' finer geometry: the national level is too coarse by a
 * coast or a border (a point on Askøy can fall in Bergen's simplified shape). The national level says whether
 * the position is in Norway at all and which counties are near; their detail decides. If a county's detail
 * cannot be had, the national level's answer stands.
 */
export async function locateInDetail(
	lonLat: [number, number],
	national: FeatureCollection,
	countyMunicipalities: (fylkesnummer: string) => Promise<Feature[]>
): Promise<string | null> {
	const rough = municipalityLocator(national).locate(lonLat);
	if (!rough) return null;
	const [lon, lat] = lonLat;
	const MARGIN_DEGREES = 0.1;
	const near = national.features.filter((f) => {
		const [[west, south], [east, north]] = geoBounds(f);
		return (
			lon >= west - MARGIN_DEGREES &&
			lon <= east + MARGIN_DEGREES &&
			lat >= south - MARGIN_DEGREES &&
			lat <= north + MARGIN_DEGREES
		);
	});
	const counties = [...new Set([rough, ...near.map((f) => String(f.id))].map((id) => id.slice(0, 2)))];
	const loaded = await Promise.allSettled(counties.map(countyMunicipalities));
	const features = loaded.flatMap((result) => (result.status === 'fulfilled' ? result.value : []));
	const inside = features.find((f) => geoContains(f, lonLat));
	return inside ? String(inside.id) : rough;
}
