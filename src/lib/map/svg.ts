// The server-rendered map: SVG path data for each municipality, the county borders and the national outline,
// from the web topology. Geometry only; colours come from the coverage data at render time.
import { geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection } from 'geojson';
import { norwayProjection } from './projection.ts';

export interface SvgMapShape {
	kommunenummer: string;
	d: string;
}

export interface SvgMap {
	width: number;
	height: number;
	municipalities: SvgMapShape[];
	countyBorders: string;
	outline: string;
}

export function renderSvgMap(topology: Topology, width: number): SvgMap {
	const municipalities = topology.objects.municipalities as GeometryCollection;
	const counties = topology.objects.counties as GeometryCollection;
	const collection = feature(topology, municipalities) as FeatureCollection;
	const projection = norwayProjection(width, collection);
	const path = geoPath(projection).digits(1);
	const [[, y0], [, y1]] = path.bounds(collection);
	return {
		width,
		height: Math.ceil(y1 - y0),
		municipalities: collection.features.map((f: Feature) => ({
			kommunenummer: String(f.id),
			d: path(f) ?? ''
		})),
		countyBorders: path(mesh(topology, counties, (a, b) => a !== b)) ?? '',
		outline: path(mesh(topology, municipalities, (a, b) => a === b)) ?? ''
	};
}
