// How far a drawn boundary strays from a reference boundary, in CSS pixels of MapLibre's Web Mercator (a
// 512-pixel world at zoom 0, so a distance doubles with each zoom step). Hausdorff-like: the farthest any
// vertex (or segment midpoint) of either boundary lies from the other boundary. A reference ring the drawn
// one leaves out (a small island or lake) counts as far as it is wide at most: a part that small is a dot
// of that size on screen, whatever its distance from the nearest drawn shore.
import type { Position } from 'geojson';

type Point = [number, number];
type Segment = [number, number, number, number];

/** Longitude and latitude to pixels at zoom 0. */
export function mercatorPixels([lon, lat]: Position): Point {
	const phi = (lat * Math.PI) / 180;
	return [(512 * (lon + 180)) / 360, 512 * (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI))];
}

/** The pixel distance at `zoom` of a distance measured at zoom 0. */
export const atZoom = (zoom0: number, zoom: number) => zoom0 * 2 ** zoom;

function segmentDistance(px: number, py: number, [ax, ay, bx, by]: Segment): number {
	const dx = bx - ax,
		dy = by - ay;
	const length2 = dx * dx + dy * dy;
	const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
	return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Segments in a uniform grid, for nearest-segment queries. */
class SegmentGrid {
	private cells = new Map<number, Segment[]>();
	private readonly size: number;
	private readonly x0: number;
	private readonly y0: number;
	private readonly columns: number;
	private readonly rows: number;

	constructor(segments: Segment[]) {
		let x0 = Infinity,
			y0 = Infinity,
			x1 = -Infinity,
			y1 = -Infinity;
		for (const [ax, ay, bx, by] of segments) {
			x0 = Math.min(x0, ax, bx);
			y0 = Math.min(y0, ay, by);
			x1 = Math.max(x1, ax, bx);
			y1 = Math.max(y1, ay, by);
		}
		this.x0 = x0;
		this.y0 = y0;
		this.size = Math.max(x1 - x0, y1 - y0, 1e-12) / Math.max(8, Math.sqrt(segments.length));
		this.columns = Math.floor((x1 - x0) / this.size) + 1;
		this.rows = Math.floor((y1 - y0) / this.size) + 1;
		for (const segment of segments) {
			const [ax, ay, bx, by] = segment;
			const [c0, r0] = this.cell(Math.min(ax, bx), Math.min(ay, by));
			const [c1, r1] = this.cell(Math.max(ax, bx), Math.max(ay, by));
			for (let c = c0; c <= c1; c++)
				for (let r = r0; r <= r1; r++) {
					const key = r * this.columns + c;
					const list = this.cells.get(key);
					if (list) list.push(segment);
					else this.cells.set(key, [segment]);
				}
		}
	}

	private cell(x: number, y: number): [number, number] {
		const clamp = (v: number, n: number) => Math.max(0, Math.min(n - 1, Math.floor(v)));
		return [clamp((x - this.x0) / this.size, this.columns), clamp((y - this.y0) / this.size, this.rows)];
	}

	/** The distance from a point to the nearest segment (searching rings of cells outward). */
	nearest(x: number, y: number): number {
		const [c, r] = this.cell(x, y);
		// The point may lie outside the grid: cells nearer than `outside` cannot exist.
		const outside = Math.max(
			0,
			this.x0 - x,
			x - (this.x0 + this.columns * this.size),
			this.y0 - y,
			y - (this.y0 + this.rows * this.size)
		);
		let best = Infinity;
		const maxRing = Math.max(this.columns, this.rows);
		for (let ring = 0; ring <= maxRing; ring++) {
			// Every segment in a cell of this ring or beyond is at least this far away.
			if (best <= outside + (ring - 1) * this.size) break;
			for (let dc = -ring; dc <= ring; dc++)
				for (let dr = -ring; dr <= ring; dr++) {
					if (Math.max(Math.abs(dc), Math.abs(dr)) !== ring) continue;
					const cc = c + dc,
						rr = r + dr;
					if (cc < 0 || rr < 0 || cc >= this.columns || rr >= this.rows) continue;
					for (const segment of this.cells.get(rr * this.columns + cc) ?? [])
						best = Math.min(best, segmentDistance(x, y, segment));
				}
		}
		return best;
	}
}

function ringSegments(ring: Point[]): Segment[] {
	const segments: Segment[] = [];
	for (let i = 1; i < ring.length; i++)
		segments.push([ring[i - 1][0], ring[i - 1][1], ring[i][0], ring[i][1]]);
	return segments;
}

/** The vertices and segment midpoints of a ring: where a boundary's distance to another is read. */
function samples(ring: Point[]): Point[] {
	const points: Point[] = [];
	for (let i = 0; i < ring.length; i++) {
		points.push(ring[i]);
		if (i > 0) points.push([(ring[i - 1][0] + ring[i][0]) / 2, (ring[i - 1][1] + ring[i][1]) / 2]);
	}
	return points;
}

function width(ring: Point[]): number {
	const xs = ring.map((p) => p[0]);
	const ys = ring.map((p) => p[1]);
	return Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

/**
 * The deviation at zoom 0 (pixels) between the rings drawn and the reference rings of one area (all rings
 * of all its polygons, in longitude and latitude).
 */
export function boundaryDeviation(drawn: Position[][], reference: Position[][]): number {
	const drawnRings = drawn.map((ring) => ring.map(mercatorPixels));
	const referenceRings = reference.map((ring) => ring.map(mercatorPixels));
	const drawnGrid = new SegmentGrid(drawnRings.flatMap(ringSegments));
	const referenceGrid = new SegmentGrid(referenceRings.flatMap(ringSegments));
	let worst = 0;
	for (const ring of referenceRings) {
		const cap = width(ring);
		for (const [x, y] of samples(ring)) worst = Math.max(worst, Math.min(cap, drawnGrid.nearest(x, y)));
	}
	for (const ring of drawnRings)
		for (const [x, y] of samples(ring)) worst = Math.max(worst, referenceGrid.nearest(x, y));
	return worst;
}

/** Every ring of a Polygon or MultiPolygon's coordinates. */
export function ringsOf(geometry: { type: string; coordinates: unknown }): Position[][] {
	if (geometry.type === 'Polygon') return geometry.coordinates as Position[][];
	if (geometry.type === 'MultiPolygon') return (geometry.coordinates as Position[][][]).flat();
	throw new Error(`No rings in a ${geometry.type}`);
}
