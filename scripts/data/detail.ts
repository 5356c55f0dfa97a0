// The interactive map's levels of detail (src/lib/map/detail-levels.ts), built from Kartverket's most
// detailed municipality file (-M): for each level, the shared arcs simplified (Douglas–Peucker in Web
// Mercator pixels, so that no arc strays more than the level's pixel tolerance at its last zoom), parts too
// small to see at that zoom left out, and coordinates quantized no coarser than a quarter pixel there.
// The national level is one file; the county level one file per county, with that county's stretch of the
// national outline and of the county borders as lines of their own (the map swaps them with the areas).
import { topology as buildTopology } from 'topojson-server';
import { geoArea } from 'd3-geo';
import { feature, mesh, quantize } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, Position } from 'geojson';
import {
	DETAIL_LEVELS,
	QUANTIZE_TOLERANCE_PX,
	SIMPLIFY_TOLERANCE_PX,
	type DetailLevel
} from '../../src/lib/map/detail-levels.ts';
import { rewindForSphere, sourcePolygons, withCountiesAndOutline, type WebTopology } from './geometry.ts';
import { mercatorPixels } from './deviation.ts';

/** Parts (islands, lakes) narrower than this at the level's last zoom are left out: a dot at most. */
const SMALLEST_PART_PX = 1;

export type CountyTopology = Topology<{
	municipalities: GeometryCollection;
	outline: GeometryCollection;
	countyBorders: GeometryCollection;
}>;

export const levelNamed = (name: DetailLevel['name']) => DETAIL_LEVELS.find((l) => l.name === name)!;

/** Keeps the points of a line that hold it within `tolerance` (pixels at zoom 0) of the original. */
export function douglasPeucker(line: Position[], tolerance: number): Position[] {
	if (line.length <= 2) return line;
	const px = line.map(mercatorPixels);
	const keep = new Uint8Array(line.length);
	keep[0] = keep[line.length - 1] = 1;
	// A span and whether it must be split even when it is straight enough (a ring keeps four corners).
	const spans: [number, number, boolean][] = [];
	const last = line.length - 1;
	if (px[0][0] === px[last][0] && px[0][1] === px[last][1]) {
		// A ring: split it at its point farthest from the start.
		const away = (i: number) => Math.hypot(px[i][0] - px[0][0], px[i][1] - px[0][1]);
		let far = 1;
		for (let i = 2; i < last; i++) if (away(i) > away(far)) far = i;
		keep[far] = 1;
		spans.push([0, far, true], [far, last, true]);
	} else spans.push([0, last, false]);
	while (spans.length) {
		const [a, b, split] = spans.pop()!;
		const [ax, ay] = px[a];
		const [dx, dy] = [px[b][0] - ax, px[b][1] - ay];
		const length2 = dx * dx + dy * dy;
		let farthest = -1;
		let distance = split ? -1 : tolerance;
		for (let i = a + 1; i < b; i++) {
			const [x, y] = px[i];
			const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
			const d = Math.hypot(x - ax - t * dx, y - ay - t * dy);
			if (d > distance) [farthest, distance] = [i, d];
		}
		if (farthest > 0) {
			keep[farthest] = 1;
			spans.push([a, farthest, false], [farthest, b, false]);
		}
	}
	return line.filter((_, i) => keep[i]);
}

function widthPx(ring: Position[]): number {
	const points = ring.map(mercatorPixels);
	const xs = points.map((p) => p[0]);
	const ys = points.map((p) => p[1]);
	return Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

/** Pixels at zoom 0 for a distance in pixels at the level's last zoom. */
const atLevel = (px: number, level: DetailLevel) => px / 2 ** level.untilZoom;

/**
 * Grid cells per side so that rounding moves no point more than the tolerance at the level's last zoom
 * (Mercator stretches latitudes most at the box's northern edge).
 */
export function quantizationFor(bbox: [number, number, number, number], level: DetailLevel): number {
	const [west, south, east, north] = bbox;
	const [x0, y0] = mercatorPixels([west, north]);
	const [x1] = mercatorPixels([east, north]);
	const [, y1] = mercatorPixels([west, south]);
	// Half a cell is the largest rounding; the northern edge stretches a degree of latitude the most.
	const stretch =
		1 / Math.cos((north * Math.PI) / 180) / (1 / Math.cos((((north + south) / 2) * Math.PI) / 180));
	const extent = Math.max(x1 - x0, (y1 - y0) * stretch);
	return Math.ceil(extent / (2 * atLevel(QUANTIZE_TOLERANCE_PX, level))) + 1;
}

/** The whole country at a level, simplified and unquantized. */
function simplifiedCountry(source: Topology, level: DetailLevel): Topology {
	const smallest = atLevel(SMALLEST_PART_PX, level);
	const features: Feature[] = [];
	for (const [kommunenummer, polygons] of sourcePolygons(source)) {
		const widths = polygons.map((rings) => widthPx(rings[0]));
		const largest = widths.indexOf(Math.max(...widths));
		const kept = polygons
			.filter((_, i) => i === largest || widths[i] >= smallest)
			.map((rings) => [rings[0], ...rings.slice(1).filter((hole) => widthPx(hole) >= smallest)]);
		features.push({
			type: 'Feature',
			id: kommunenummer,
			properties: {},
			geometry: { type: 'MultiPolygon', coordinates: kept.map(rewindForSphere) }
		});
	}
	const collection: FeatureCollection = { type: 'FeatureCollection', features };
	const topology = buildTopology({ municipalities: collection }) as unknown as Topology;
	const tolerance = atLevel(SIMPLIFY_TOLERANCE_PX, level);
	return { ...topology, arcs: topology.arcs.map((arc) => douglasPeucker(arc, tolerance)) };
}

/**
 * Simplifying and quantizing can turn a speck of an island or a lake (four or five points) inside out. MapLibre
 * does not mind, but d3-geo reads a ring by its winding, so "use my location" would find such an island's
 * municipality everywhere. Such rings are turned back (the same arcs, in the other direction).
 */
function withWindingForSphere<T extends Topology>(topology: T): T {
	const reversed = (ring: number[]) => [...ring].reverse().map((arc) => ~arc);
	const fixed = (ring: number[], outer: boolean) => {
		const area = geoArea(feature(topology, { type: 'Polygon', arcs: [ring] }) as Feature);
		return (outer ? area > 2 * Math.PI : area < 2 * Math.PI) ? reversed(ring) : ring;
	};
	const polygon = (rings: number[][]) => rings.map((ring, i) => fixed(ring, i === 0));
	for (const geometry of (topology.objects.municipalities as GeometryCollection).geometries) {
		if (geometry.type === 'Polygon') geometry.arcs = polygon(geometry.arcs);
		else if (geometry.type === 'MultiPolygon') geometry.arcs = geometry.arcs.map(polygon);
	}
	return topology;
}

/** The national level: the whole country in one file, as the map starts with it. */
export function buildNationalLevel(source: Topology): WebTopology {
	const level = levelNamed('national');
	const country = simplifiedCountry(source, level);
	return withCountiesAndOutline(
		withWindingForSphere(
			quantize(country as never, quantizationFor(country.bbox as never, level)) as Topology
		)
	);
}

const countyOf = (g: { id?: string | number }) => String(g.id).slice(0, 2);

/** The county level: one file per county (by fylkesnummer). */
export function buildCountyLevel(source: Topology): Map<string, CountyTopology> {
	const level = levelNamed('county');
	const country = simplifiedCountry(source, level);
	const all = country.objects.municipalities as GeometryCollection;
	const counties = [...new Set(all.geometries.map(countyOf))].sort();
	const result = new Map<string, CountyTopology>();
	const lines = (geometry: MultiLineString): FeatureCollection => ({
		type: 'FeatureCollection',
		features: geometry.coordinates.length ? [{ type: 'Feature', properties: {}, geometry }] : []
	});
	for (const fylkesnummer of counties) {
		const inCounty = (g: { id?: string | number }) => countyOf(g) === fylkesnummer;
		const municipalities = feature(country, {
			type: 'GeometryCollection',
			geometries: all.geometries.filter(inCounty)
		}) as FeatureCollection;
		for (const f of municipalities.features) f.properties = {};
		const outline = mesh(country, all, (a, b) => a === b && inCounty(a));
		const borders = mesh(country, all, (a, b) => countyOf(a) !== countyOf(b) && (inCounty(a) || inCounty(b)));
		const topology = buildTopology({
			municipalities,
			outline: lines(outline),
			countyBorders: lines(borders)
		}) as unknown as Topology;
		result.set(
			fylkesnummer,
			withWindingForSphere(
				quantize(topology as never, quantizationFor(topology.bbox as never, level)) as CountyTopology
			)
		);
	}
	return result;
}
