// Web geometry: the municipality topology with small islands dropped, simplified and quantized for the
// browser, with county borders and the national outline derived from the same arcs; and the adjacency of
// municipalities (shared borders) for the demo data.
import { geoArea } from 'd3-geo';
import { topology as buildTopology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { feature, mergeArcs, neighbors, quantize } from 'topojson-client';
import type { Topology, GeometryCollection, Objects, Polygon, MultiPolygon } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon as GeoMultiPolygon, Position } from 'geojson';

export type MunicipalityGeometry = (Polygon | MultiPolygon) & { id: string };
export type WebTopology = Topology<{
	municipalities: GeometryCollection;
	counties: GeometryCollection;
	outline: GeometryCollection;
}>;

export interface WebGeometryOptions {
	/** Share of the remaining points kept by simplification (0–1]. */
	keep: number;
	/** Quantization: grid cells per side of the bounding box. */
	quantization: number;
	/** Islands and lakes smaller than this are left out (a municipality's largest part is always kept). */
	minAreaKm2: number;
}

// The national view is the server-rendered SVG map (the first paint, about 560 px wide): a fifth of the points
// is plenty there. The county view feeds MapLibre, which zooms in to about 1:200 000.
export const NATIONAL_VIEW: WebGeometryOptions = { keep: 0.2, quantization: 1e4, minAreaKm2: 3 };
export const COUNTY_VIEW: WebGeometryOptions = { keep: 0.7, quantization: 1e5, minAreaKm2: 0.3 };

const EARTH_RADIUS_KM = 6371.0088;

interface SourceProperties {
	kommunenummer: string;
}

function sourceCollection(topology: Topology): GeometryCollection<SourceProperties> {
	const key = Object.keys(topology.objects)[0];
	return topology.objects[key] as GeometryCollection<SourceProperties>;
}

/** Each municipality's polygons (longitude and latitude), by kommunenummer, from a Kartverket topology. */
export function sourcePolygons(source: Topology): Map<string, Position[][][]> {
	const polygons = new Map<string, Position[][][]>();
	for (const g of sourceCollection(source).geometries) {
		const { kommunenummer } = g.properties as SourceProperties;
		const geometry = (feature(source, g) as Feature).geometry;
		if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
			throw new Error(`Municipality ${kommunenummer} has geometry type ${geometry.type}`);
		}
		polygons.set(kommunenummer, geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
	}
	return polygons;
}

function ringAreaKm2(ring: Position[]): number {
	// geoArea expects an exterior ring clockwise; the smaller of the two readings is the ring's own area.
	const area = geoArea({ type: 'Polygon', coordinates: [ring] });
	return Math.min(area, 4 * Math.PI - area) * EARTH_RADIUS_KM ** 2;
}

/**
 * d3-geo reads a ring's winding on the sphere: exterior rings must run clockwise and holes anticlockwise,
 * or the polygon is read as the whole globe minus the area. GeoJSON sources often use the opposite rule.
 */
export function rewindForSphere(rings: Position[][]): Position[][] {
	return rings.map((ring, i) => {
		const clockwise = geoArea({ type: 'Polygon', coordinates: [ring] }) < 2 * Math.PI;
		const wanted = i === 0;
		return clockwise === wanted ? ring : [...ring].reverse();
	});
}

/** Leaves out polygons and holes below the area limit, always keeping the largest polygon. */
export function dropSmallParts(polygons: Position[][][], minAreaKm2: number): Position[][][] {
	const measured = polygons.map((rings) => ({ rings, area: ringAreaKm2(rings[0]) }));
	const largest = measured.reduce((a, b) => (b.area > a.area ? b : a));
	return measured
		.filter((p) => p === largest || p.area >= minAreaKm2)
		.map(({ rings }) => [rings[0], ...rings.slice(1).filter((hole) => ringAreaKm2(hole) >= minAreaKm2)]);
}

/** Builds the web topology from Kartverket's municipality topology (unquantized WGS84). */
export function buildWebTopology(source: Topology, options: WebGeometryOptions): WebTopology {
	const features: Record<string, Feature<GeoMultiPolygon>> = {};
	for (const [kommunenummer, polygons] of sourcePolygons(source)) {
		features[kommunenummer] = {
			type: 'Feature',
			id: kommunenummer,
			properties: {},
			geometry: {
				type: 'MultiPolygon',
				coordinates: dropSmallParts(polygons, options.minAreaKm2).map(rewindForSphere)
			}
		};
	}
	// Rebuilding the topology from the kept parts finds the shared arcs again and drops unused ones.
	const collection: FeatureCollection = { type: 'FeatureCollection', features: Object.values(features) };
	const rebuilt = buildTopology({ municipalities: collection }) as unknown as Topology<Objects<object>>;
	const presimplified = presimplify(rebuilt);
	const simplified = simplify(presimplified, quantile(presimplified, options.keep));
	return withCountiesAndOutline(quantize(simplified, options.quantization) as Topology);
}

/**
 * A quantized topology of municipalities (ids are kommunenummer) as the web files hold it: the
 * municipalities without properties, the counties merged from them and the national outline.
 */
export function withCountiesAndOutline(quantized: Topology): WebTopology {
	const kept = (quantized.objects.municipalities as GeometryCollection).geometries.map((g) => {
		const { properties, ...rest } = g as MunicipalityGeometry & { properties?: unknown };
		void properties;
		return { ...rest, id: String(g.id) } as MunicipalityGeometry;
	});
	const byCounty = new Map<string, MunicipalityGeometry[]>();
	for (const g of kept) {
		const fylkesnummer = g.id.slice(0, 2);
		byCounty.set(fylkesnummer, [...(byCounty.get(fylkesnummer) ?? []), g]);
	}
	const counties = [...byCounty.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([fylkesnummer, geometries]) => ({
			...mergeArcs(quantized, geometries as never),
			id: fylkesnummer
		}));
	const outline = { ...mergeArcs(quantized, kept as never), id: 'NO' };
	return {
		type: 'Topology',
		bbox: quantized.bbox,
		transform: quantized.transform,
		arcs: quantized.arcs,
		objects: {
			municipalities: { type: 'GeometryCollection', geometries: kept },
			counties: { type: 'GeometryCollection', geometries: counties },
			outline: { type: 'GeometryCollection', geometries: [outline] }
		}
	} as WebTopology;
}

/** Municipalities that share a border, from the source topology's shared arcs. */
export function municipalityAdjacency(source: Topology): Map<string, string[]> {
	const geometries = sourceCollection(source).geometries;
	const ids = geometries.map((g) => (g.properties as SourceProperties).kommunenummer);
	const adjacency = new Map<string, string[]>();
	neighbors(geometries as never).forEach((list, i) => {
		adjacency.set(ids[i], list.map((j) => ids[j]).sort());
	});
	return adjacency;
}
