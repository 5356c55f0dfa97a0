// Where names go on the map, and which: a point inside each municipality and county, the same for the
// interactive map (symbol layers, which place them without overlap) and the server-drawn picture.
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';

/** Planar area of a ring in degrees, longitude scaled to the latitude (enough to compare parts). */
function ringArea(ring: Position[], scale: number): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
		sum += (ring[j][0] - ring[i][0]) * scale * (ring[j][1] + ring[i][1]);
	return Math.abs(sum / 2);
}

/**
 * A point well inside a (multi)polygon: on the largest part, the middle of the widest stretch of land along
 * a few horizontal lines near its middle. A centroid can fall in a fjord or outside a crescent; this cannot.
 */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
	const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const scale = Math.cos((parts[0][0][0][1] * Math.PI) / 180);
	const part = parts.reduce((a, b) => (ringArea(b[0], scale) > ringArea(a[0], scale) ? b : a));
	let south = Infinity,
		north = -Infinity;
	for (const [, lat] of part[0]) {
		south = Math.min(south, lat);
		north = Math.max(north, lat);
	}
	let best: { score: number; point: [number, number] } = { score: -1, point: part[0][0] as [number, number] };
	const LINES = 15;
	for (let k = 1; k < LINES; k++) {
		const t = k / LINES;
		const lat = south + t * (north - south);
		const crossings: number[] = [];
		for (const ring of part)
			for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				const [x0, y0] = ring[j];
				const [x1, y1] = ring[i];
				if (y0 > lat !== y1 > lat) crossings.push(x0 + ((lat - y0) / (y1 - y0)) * (x1 - x0));
			}
		crossings.sort((a, b) => a - b);
		for (let i = 0; i + 1 < crossings.length; i += 2) {
			const width = crossings[i + 1] - crossings[i];
			// Wide stretches near the middle win; a line near the tip only when nothing else is wide.
			const score = width * (1 - Math.abs(t - 0.5));
			if (score > best.score) best = { score, point: [(crossings[i] + crossings[i + 1]) / 2, lat] };
		}
	}
	return best.point;
}

/** An official name in several languages ("Kárášjohka - Karasjok") on one line per language. */
export const labelText = (name: string) => name.split(' - ').join('\n');

export interface LabelProperties {
	id: string;
	name: string;
	/** Placement priority: larger areas first (MapLibre places lower sort keys first). */
	rank: number;
}

/** West, south, east, north. */
export type LonLatBox = [number, number, number, number];

/** A ring cut to a box (Sutherland–Hodgman: exact for a rectangle, a ring stays one ring). */
function clipRing(ring: Position[], [west, south, east, north]: LonLatBox): Position[] {
	const edges: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
		[(p) => p[0] >= west, (a, b) => [west, a[1] + ((west - a[0]) / (b[0] - a[0])) * (b[1] - a[1])]],
		[(p) => p[0] <= east, (a, b) => [east, a[1] + ((east - a[0]) / (b[0] - a[0])) * (b[1] - a[1])]],
		[(p) => p[1] >= south, (a, b) => [a[0] + ((south - a[1]) / (b[1] - a[1])) * (b[0] - a[0]), south]],
		[(p) => p[1] <= north, (a, b) => [a[0] + ((north - a[1]) / (b[1] - a[1])) * (b[0] - a[0]), north]]
	];
	let points = ring;
	for (const [inside, cut] of edges) {
		const next: Position[] = [];
		for (let i = 0; i < points.length; i++) {
			const current = points[i];
			const previous = points[(i + points.length - 1) % points.length];
			if (inside(current)) {
				if (!inside(previous)) next.push(cut(previous, current));
				next.push(current);
			} else if (inside(previous)) next.push(cut(previous, current));
		}
		points = next;
		if (!points.length) break;
	}
	return points;
}

/** The part of a (multi)polygon inside the box, or null if none is. */
export function clipToBox(geometry: Polygon | MultiPolygon, box: LonLatBox): MultiPolygon | null {
	const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const clipped = parts
		.map((rings) => rings.map((ring) => clipRing(ring, box)).filter((ring) => ring.length >= 3))
		.filter((rings, i) => rings.length && clipRing(parts[i][0], box).length >= 3);
	return clipped.length ? { type: 'MultiPolygon', coordinates: clipped } : null;
}

const bounds = new WeakMap<object, LonLatBox>();
function boundsOf(geometry: Polygon | MultiPolygon): LonLatBox {
	let box = bounds.get(geometry);
	if (!box) {
		box = [Infinity, Infinity, -Infinity, -Infinity];
		const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
		for (const rings of parts)
			for (const [lon, lat] of rings[0]) {
				box[0] = Math.min(box[0], lon);
				box[1] = Math.min(box[1], lat);
				box[2] = Math.max(box[2], lon);
				box[3] = Math.max(box[3], lat);
			}
		bounds.set(geometry, box);
	}
	return box;
}

const whole = new WeakMap<object, { point: [number, number]; rank: number }>();

function placeOn(geometry: Polygon | MultiPolygon): { point: [number, number]; rank: number } {
	const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const scale = Math.cos((parts[0][0][0][1] * Math.PI) / 180);
	const area = parts.reduce((sum, rings) => sum + ringArea(rings[0], scale), 0);
	return { point: labelPoint(geometry), rank: -area };
}

const overlaps = (a: LonLatBox, b: LonLatBox) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * A label point per feature that has a name, with the feature's id. Given the box the map shows, each name
 * goes on the part of its area that is in view, so that a neighbour reaching into a zoomed-in view is named
 * there and not at a point off the screen.
 */
export function labelPoints(
	collection: FeatureCollection,
	names: ReadonlyMap<string, string>,
	view?: LonLatBox
): FeatureCollection<Point, LabelProperties> {
	const features: Feature<Point, LabelProperties>[] = [];
	for (const f of collection.features) {
		const id = String(f.id);
		const name = names.get(id);
		if (!name || !f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon'))
			continue;
		if (view && !overlaps(boundsOf(f.geometry), view)) continue;
		const shown = view ? clipToBox(f.geometry, view) : f.geometry;
		if (!shown) continue;
		// The whole area's point and rank do not change: computed once per geometry.
		const { point, rank } = (!view && whole.get(f.geometry)) || placeOn(shown);
		if (!view) whole.set(f.geometry, { point, rank });
		features.push({
			type: 'Feature',
			id,
			properties: { id, name: labelText(name), rank },
			geometry: { type: 'Point', coordinates: point }
		});
	}
	return { type: 'FeatureCollection', features };
}
