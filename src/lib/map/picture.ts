// A picture of the map zoomed to a place, drawn on the server in the interactive map's own projection (Web
// Mercator, MapLibre's 512-pixel world) so that it shows the same view the interactive map will open on:
// it stands in the map box until MapLibre is ready, and stays there if WebGL fails. Its units are MapLibre
// pixels at FIT_OPTIONS.maxZoom; the markup's CSS scales it down exactly as fitBounds does (see pictureStyle).
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import { CompactPathContext } from './compact-path.ts';
import type { SvgMap } from './svg.ts';
import { labelPoint } from './labels.ts';

/** How the interactive map fits a place at start: the picture must agree with it. */
export const FIT_OPTIONS = { padding: 24, maxZoom: 9 } as const;

/** The whole country: the interactive map's first view when no place is asked for. */
export const WHOLE_COUNTRY: [[number, number], [number, number]] = [
	[4.5, 57.9],
	[31.2, 71.2]
];

export interface PictureGeometry {
	municipalities: FeatureCollection;
	/** Counties as areas, for their names (a picture of the whole country). */
	counties?: FeatureCollection;
	countyBorders: Feature<MultiLineString>;
	outline: Feature<MultiLineString>;
}

/** d3's Mercator scale (pixels per radian) for MapLibre's zoom level (a 512-pixel world at zoom 0). */
export const mercatorScale = (zoom: number) => (512 * 2 ** zoom) / (2 * Math.PI);

type Box = [[number, number], [number, number]];

/** A small square for a municipality too small to draw at this scale, so that it is still there. */
const dot = ([x, y]: [number, number]) =>
	Number.isFinite(x) ? `M${Math.round(x) - 1} ${Math.round(y) - 1}h2v2h-2z` : '';

export interface MapPicture extends SvgMap {
	/** The place, in picture units: what the CSS fits into the box, as fitBounds does. */
	viewBox: [number, number, number, number];
	/** How far the interactive map would enlarge these units at most (its fitting zoom limit). */
	largestScale: number;
}

/**
 * The box (longitude and latitude) of a feature's or a line's points: enough to tell whether it reaches into
 * a picture (the edges between points are short), and far cheaper than spherical bounds on fine geometry.
 */
function pointsBox(coordinates: unknown): Box {
	const box: Box = [
		[Infinity, Infinity],
		[-Infinity, -Infinity]
	];
	const visit = (c: unknown): void => {
		if (typeof (c as number[])[0] !== 'number') return (c as unknown[]).forEach(visit);
		const [lon, lat] = c as number[];
		box[0] = [Math.min(box[0][0], lon), Math.min(box[0][1], lat)];
		box[1] = [Math.max(box[1][0], lon), Math.max(box[1][1], lat)];
	};
	visit(coordinates);
	return box;
}

/** Each municipality's box, computed once per geometry. */
const boxes = new WeakMap<FeatureCollection, Map<string, Box>>();
function lonLatBoxes(collection: FeatureCollection): Map<string, Box> {
	let result = boxes.get(collection);
	if (!result) {
		result = new Map(
			collection.features.map((f) => [
				String(f.id),
				pointsBox(f.geometry && 'coordinates' in f.geometry ? f.geometry.coordinates : [])
			])
		);
		boxes.set(collection, result);
	}
	return result;
}

/** Each line's box, computed once per geometry. */
const lineBoxes = new WeakMap<Feature<MultiLineString>, Box[]>();

/**
 * The lines that reach into the picture: the county borders and coast of the finest geometry are most of
 * its points, and projecting all of them for every picture of one place would cost far more than drawing it.
 */
function linesWithin(
	lines: Feature<MultiLineString>,
	within: (box: Box) => boolean
): Feature<MultiLineString> {
	let result = lineBoxes.get(lines);
	if (!result) {
		result = lines.geometry.coordinates.map(pointsBox);
		lineBoxes.set(lines, result);
	}
	const inside = result;
	const coordinates = lines.geometry.coordinates.filter((_, i) => within(inside[i]));
	return { ...lines, geometry: { type: 'MultiLineString', coordinates } };
}

/** The size of the largest box (CSS pixels) a picture is shown in, when known. */
export interface PictureBox {
	width: number;
	height: number;
}

/**
 * The picture of `focus` (a municipality and the others of its arrangement, or a box of longitudes and
 * latitudes) with everything around it that a wide box can show (or, given `box`, that box shows when the
 * picture is fitted in it as fitBounds would), cut to that area. Its units are pixels at `unitsZoom` (a
 * whole-country picture needs less precision than one of a municipality). Null when none of the
 * municipalities is in the geometry.
 */
export function renderMapPicture(
	geometry: PictureGeometry,
	focus: string[] | [[number, number], [number, number]],
	unitsZoom: number = FIT_OPTIONS.maxZoom,
	box?: PictureBox
): MapPicture | null {
	const projection = geoMercator().scale(mercatorScale(unitsZoom)).translate([0, 0]).precision(0.5);
	const all = lonLatBoxes(geometry.municipalities);
	const focusBoxes =
		typeof focus[0] === 'string'
			? (focus as string[]).map((kommunenummer) => all.get(kommunenummer)).filter((box) => box !== undefined)
			: [focus as Box];
	let x0 = Infinity,
		y0 = Infinity,
		x1 = -Infinity,
		y1 = -Infinity;
	for (const [[west, south], [east, north]] of focusBoxes) {
		const [left, top] = projection([west, north])!;
		const [right, bottom] = projection([east, south])!;
		x0 = Math.min(x0, left);
		y0 = Math.min(y0, top);
		x1 = Math.max(x1, right);
		y1 = Math.max(y1, bottom);
	}
	if (x0 === Infinity) return null;
	const largestScale = 2 ** (FIT_OPTIONS.maxZoom - unitsZoom);
	// A box up to about 1 400 × 900 pixels around the place, at the scale the place is fitted to; given the
	// box, as far from the place's centre as the box reaches at that scale (CSS pixels per unit), and a little.
	const pad = 2 * FIT_OPTIONS.padding;
	const reach = box
		? Math.max(box.width, box.height) /
				Math.min(largestScale, (box.width - pad) / (x1 - x0 || 1), (box.height - pad) / (y1 - y0 || 1)) /
				2 +
			16
		: Math.max(800, 2.5 * Math.max(x1 - x0, y1 - y0));
	const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
	const area: Box = [
		[cx - reach, cy - reach],
		[cx + reach, cy + reach]
	];
	const overlaps = ([[west, south], [east, north]]: Box) => {
		const [left, top] = projection([west, north])!;
		const [right, bottom] = projection([east, south])!;
		return left < area[1][0] && right > area[0][0] && top < area[1][1] && bottom > area[0][1];
	};
	const context = new CompactPathContext();
	const path = geoPath(projection.clipExtent(area), context);
	const draw = (object: Parameters<typeof path>[0]) => {
		path(object);
		return context.result();
	};
	const municipalities = geometry.municipalities.features
		.filter((f) => overlaps(all.get(String(f.id))!))
		.map((f) => {
			const [[bx0, by0], [bx1, by1]] = path.bounds(f);
			const box: [number, number, number, number] = [bx0, by0, bx1, by1];
			return { kommunenummer: String(f.id), d: draw(f) || dot(path.centroid(f)), box };
		})
		.filter((shape) => shape.d);
	const picture: MapPicture = {
		width: 2 * reach,
		height: 2 * reach,
		municipalities,
		countyBorders: draw(linesWithin(geometry.countyBorders, overlaps)),
		outline: draw(linesWithin(geometry.outline, overlaps)),
		countyLabels: geometry.counties?.features.flatMap((f) => {
			if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') return [];
			const [x, y] = projection(labelPoint(f.geometry))!;
			return [{ fylkesnummer: String(f.id), x: Math.round(x), y: Math.round(y) }];
		}),
		// Names about 11 px high where the place is drawn some 700 px across.
		labelSize: Math.round((11 * Math.max(x1 - x0, y1 - y0)) / 700),
		viewBox: [Math.round(x0), Math.round(y0), Math.round(x1 - x0) || 1, Math.round(y1 - y0) || 1],
		largestScale
	};
	return picture;
}

/**
 * The SVG element's size in its box: the box less the padding, but never larger than the place at the
 * largest fitting zoom; centred, and drawn beyond its edges (the box clips). The same result as fitBounds
 * with FIT_OPTIONS.
 */
export function pictureStyle(picture: MapPicture): string {
	const [width, height] = picture.viewBox.slice(2).map((size) => Math.round(size * picture.largestScale));
	const pad = FIT_OPTIONS.padding;
	return (
		`position:absolute;overflow:visible;left:50%;top:50%;transform:translate(-50%,-50%);` +
		`width:min(100% - ${2 * pad}px, ${width}px);height:min(100% - ${2 * pad}px, ${height}px)`
	);
}
