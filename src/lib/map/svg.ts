// The server-rendered map: SVG path data for each municipality, the county borders and the national outline,
// from the web topology. Geometry only; colours come from the coverage data at render time.
import { geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection } from 'geojson';
import { norwayProjection } from './projection.ts';
import { CompactPathContext } from './compact-path.ts';
import { labelPoint } from './labels.ts';

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
	/** Where each county's name goes (the same points as the interactive map's labels). */
	countyLabels?: { fylkesnummer: string; x: number; y: number }[];
	/** The names' size in the drawing's units, where the page's CSS does not set it. */
	labelSize?: number;
}

/** A small square for an island municipality too small to draw at this size, so that it is still there. */
function marker([x, y]: [number, number], width: number): string {
	return `M${Math.min(Math.max(Math.round(x) - 1, 0), width - 2)} ${Math.round(y) - 1}h2v2h-2z`;
}

export function renderSvgMap(topology: Topology, width: number): SvgMap {
	const municipalities = topology.objects.municipalities as GeometryCollection;
	const counties = topology.objects.counties as GeometryCollection;
	const collection = feature(topology, municipalities) as FeatureCollection;
	const projection = norwayProjection(width, collection);
	const context = new CompactPathContext();
	const path = geoPath(projection, context);
	const draw = (object: Parameters<typeof path>[0]) => {
		path(object);
		return context.result();
	};
	const [[, y0], [, y1]] = path.bounds(collection);
	return {
		width,
		height: Math.ceil(y1 - y0),
		municipalities: collection.features.map((f: Feature) => ({
			kommunenummer: String(f.id),
			d: draw(f) || marker(path.centroid(f), width)
		})),
		countyBorders: draw(mesh(topology, counties, (a, b) => a !== b)),
		countyLabels: (feature(topology, counties) as FeatureCollection).features.flatMap((f: Feature) => {
			if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') return [];
			const [x, y] = projection(labelPoint(f.geometry))!;
			return [{ fylkesnummer: String(f.id), x: Math.round(x), y: Math.round(y) }];
		}),
		outline: draw(mesh(topology, municipalities, (a, b) => a === b))
	};
}
