// The municipalities of 2020 and where they are today. People still search for the municipality they knew
// (by name or by its old kommunenummer), so the search index leads each 2020 municipality to the 2024
// municipalities that now cover its land. Worked out from the two boundary sets by location: each 2024
// municipality's inside point falls in exactly one 2020 municipality, its predecessor.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

import type { FormerMunicipality } from '../../src/lib/server/data/reference-data.ts';
export type { FormerMunicipality };

type Area = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

function features(topology: Topology): Area[] {
	const key = Object.keys(topology.objects)[0];
	const collection = feature(topology, topology.objects[key] as GeometryCollection);
	return (collection as unknown as { features: Area[] }).features;
}

function polygons(area: Area): Position[][][] {
	return area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
}

/** Even-odd ray casting in longitude/latitude: exact enough to tell which municipality a point is in. */
function inRing(point: Position, ring: Position[]): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i];
		const [xj, yj] = ring[j];
		if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi)
			inside = !inside;
	}
	return inside;
}

export function contains(area: Area, point: Position): boolean {
	return polygons(area).some(
		(rings) => inRing(point, rings[0]) && !rings.slice(1).some((h) => inRing(point, h))
	);
}

/** A point inside the area's largest part: its vertex average if inside, else a point between it and a vertex. */
export function insidePoint(area: Area): Position {
	const largest = polygons(area).reduce((a, b) => (b[0].length > a[0].length ? b : a));
	const ring = largest[0];
	const centre = ring.reduce(([x, y], [px, py]) => [x + px / ring.length, y + py / ring.length], [0, 0]);
	if (contains(area, centre)) return centre;
	for (const t of [0.5, 0.25, 0.75, 0.1, 0.9, 0.98])
		for (let i = 0; i < ring.length; i += Math.max(1, Math.floor(ring.length / 200))) {
			const p = [centre[0] + (ring[i][0] - centre[0]) * t, centre[1] + (ring[i][1] - centre[1]) * t];
			if (contains(area, p)) return p;
		}
	return ring[0];
}

const number = (value: unknown) => String(value).padStart(4, '0');

export function formerMunicipalities(topology2020: Topology, topology2024: Topology): FormerMunicipality[] {
	const before = features(topology2020);
	const today = features(topology2024);
	const successors = new Map<Area, string[]>(before.map((f) => [f, []]));
	for (const f of today) {
		const point = insidePoint(f);
		const predecessor = before.find((b) => contains(b, point));
		if (predecessor) successors.get(predecessor)!.push(number(f.properties.kommunenummer));
	}
	const rows: FormerMunicipality[] = [];
	for (const b of before) {
		let covered = successors.get(b)!;
		// Merged into a neighbour since: the 2024 municipality that holds its inside point.
		if (covered.length === 0) {
			const holder = today.find((f) => contains(f, insidePoint(b)));
			covered = holder ? [number(holder.properties.kommunenummer)] : [];
		}
		for (const kommunenummer of covered)
			rows.push({
				kommunenummer_2020: number(b.properties.kommunenummer),
				name_2020: String(b.properties.navn),
				kommunenummer
			});
	}
	return rows.sort(
		(a, b) =>
			a.kommunenummer_2020.localeCompare(b.kommunenummer_2020) ||
			a.kommunenummer.localeCompare(b.kommunenummer)
	);
}
