// The map's finer geometry as data, for the browser and the server alike: a county file (the data build's
// scripts/data/detail.ts) as GeoJSON, and the national level with loaded counties put in its place.
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, Position } from 'geojson';
import type { MapGeometry } from './geometry-client.ts';

/** One county at the county level of detail. */
export interface CountyDetail {
	municipalities: Feature[];
	outline: Position[][];
	countyBorders: Position[][];
}

/** The three sources' data: municipalities, county borders, national outline. */
export interface DrawnGeometry {
	municipalities: FeatureCollection;
	countyBorders: Feature<MultiLineString>;
	outline: Feature<MultiLineString>;
}

const countyOf = (g: { id?: string | number }) => String(g.id).slice(0, 2);

const lines = (coordinates: Position[][]): Feature<MultiLineString> => ({
	type: 'Feature',
	properties: {},
	geometry: { type: 'MultiLineString', coordinates }
});

/** A county file (the data build's scripts/data/detail.ts) as GeoJSON. */
export function countyDetailFrom(topology: Topology): CountyDetail {
	const linesOf = (name: string) =>
		(topology.objects[name] as GeometryCollection).geometries.flatMap(
			(g) => (feature(topology, g) as Feature<MultiLineString>).geometry.coordinates
		);
	const municipalities = (
		feature(topology, topology.objects.municipalities as GeometryCollection) as FeatureCollection
	).features;
	for (const f of municipalities) f.properties = { kommunenummer: String(f.id) };
	return { municipalities, outline: linesOf('outline'), countyBorders: linesOf('countyBorders') };
}

/**
 * What the map draws: the national level, with the loaded counties' municipalities, county borders and
 * outline in place of the national level's.
 */
export function composeDetail(base: MapGeometry, loaded: ReadonlyMap<string, CountyDetail>): DrawnGeometry {
	if (!loaded.size || !base.topology)
		return { municipalities: base.municipalities, countyBorders: base.countyBorders, outline: base.outline };
	const topology = base.topology;
	const all = topology.objects.municipalities as GeometryCollection;
	const coarse = (g: { id?: string | number }) => !loaded.has(countyOf(g));
	const details = [...loaded.values()];
	return {
		municipalities: {
			type: 'FeatureCollection',
			features: [...base.municipalities.features.filter(coarse), ...details.flatMap((d) => d.municipalities)]
		},
		countyBorders: lines([
			...mesh(topology, all, (a, b) => countyOf(a) !== countyOf(b) && coarse(a) && coarse(b)).coordinates,
			...details.flatMap((d) => d.countyBorders)
		]),
		outline: lines([
			...mesh(topology, all, (a, b) => a === b && coarse(a)).coordinates,
			...details.flatMap((d) => d.outline)
		])
	};
}
