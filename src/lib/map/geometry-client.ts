// The interactive map's national level of detail (see detail-levels.ts; detail.ts adds the finer levels;
// fetched by loader.ts): municipalities as GeoJSON with their kommunenummer, county borders and the national
// outline from the same topology. Plain functions, also used on the server (no SvelteKit imports here).
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Feature, MultiLineString } from 'geojson';

export interface MapGeometry {
	municipalities: FeatureCollection;
	/** The counties as areas (ids are fylkesnummer), for their names. */
	counties: FeatureCollection;
	countyBorders: Feature<MultiLineString>;
	outline: Feature<MultiLineString>;
	/** The topology these came from (the map's levels of detail cut county borders and outline from it). */
	topology?: Topology;
}

export function mapGeometryFrom(topology: Topology): MapGeometry {
	const municipalities = topology.objects.municipalities as GeometryCollection;
	const collection = feature(topology, municipalities) as FeatureCollection;
	for (const f of collection.features) f.properties = { kommunenummer: String(f.id) };
	const line = (geometry: MultiLineString): Feature<MultiLineString> => ({
		type: 'Feature',
		properties: {},
		geometry
	});
	return {
		municipalities: collection,
		counties: feature(topology, topology.objects.counties as GeometryCollection) as FeatureCollection,
		countyBorders: line(mesh(topology, topology.objects.counties as GeometryCollection, (a, b) => a !== b)),
		outline: line(mesh(topology, municipalities, (a, b) => a === b)),
		topology
	};
}

export type LonLatBounds = [[number, number], [number, number]];

/** The bounding box of the given municipalities, or null when none of them is in the collection. */
export function municipalityBounds(
	collection: FeatureCollection,
	kommunenumre: Iterable<string>
): LonLatBounds | null {
	const wanted = new Set(kommunenumre);
	let west = Infinity,
		south = Infinity,
		east = -Infinity,
		north = -Infinity;
	const visit = (coordinates: unknown): void => {
		if (typeof (coordinates as number[])[0] === 'number') {
			const [lon, lat] = coordinates as number[];
			west = Math.min(west, lon);
			east = Math.max(east, lon);
			south = Math.min(south, lat);
			north = Math.max(north, lat);
		} else for (const part of coordinates as unknown[]) visit(part);
	};
	for (const f of collection.features) {
		if (!wanted.has(String(f.id)) || !f.geometry || !('coordinates' in f.geometry)) continue;
		visit(f.geometry.coordinates);
	}
	return west === Infinity
		? null
		: [
				[west, south],
				[east, north]
			];
}
