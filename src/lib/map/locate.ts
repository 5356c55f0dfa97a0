// Which municipality a position is in: the polygon that contains it, or, for a point just off a simplified
// coastline, the municipality whose border is within a short distance. Otherwise: not in Norway.
import { geoContains, geoDistance } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
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

export function municipalityLocator(topology: Topology): Locator {
	const features = (
		feature(topology, topology.objects.municipalities as GeometryCollection) as FeatureCollection
	).features;
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
