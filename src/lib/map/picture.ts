// A picture of the map zoomed to a place, drawn on the server in the interactive map's own projection (Web
// Mercator, MapLibre's 512-pixel world) so that it shows the same view the interactive map will open on:
// it stands in the map box until MapLibre is ready, and stays there if WebGL fails. Its units are MapLibre
// pixels at FIT_OPTIONS.maxZoom; the markup's CSS scales it down exactly as fitBounds does (see pictureStyle).
import { geoBounds, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import { CompactPathContext } from './compact-path.ts';
import type { SvgMap } from './svg.ts';

/** How the interactive map fits a place at start: the picture must agree with it. */
export const FIT_OPTIONS = { padding: 24, maxZoom: 9 } as const;

export interface PictureGeometry {
	municipalities: FeatureCollection;
	countyBorders: Feature<MultiLineString>;
	outline: Feature<MultiLineString>;
}

/** d3's Mercator scale (pixels per radian) for MapLibre's zoom level (a 512-pixel world at zoom 0). */
export const mercatorScale = (zoom: number) => (512 * 2 ** zoom) / (2 * Math.PI);

type Box = [[number, number], [number, number]];

export interface MapPicture extends SvgMap {
	/** The place, in picture units: what the CSS fits into the box, as fitBounds does. */
	viewBox: [number, number, number, number];
}

const projection = geoMercator().scale(mercatorScale(FIT_OPTIONS.maxZoom)).translate([0, 0]).precision(0.5);

/** Each municipality's bounding box in picture units, computed once per geometry. */
const boxes = new WeakMap<FeatureCollection, Map<string, Box>>();
function projectedBoxes(collection: FeatureCollection): Map<string, Box> {
	let result = boxes.get(collection);
	if (!result) {
		result = new Map();
		for (const f of collection.features) {
			const [[west, south], [east, north]] = geoBounds(f);
			const [x0, y0] = projection([west, north])!;
			const [x1, y1] = projection([east, south])!;
			result.set(String(f.id), [
				[x0, y0],
				[x1, y1]
			]);
		}
		boxes.set(collection, result);
	}
	return result;
}

/**
 * The picture of `focus` (a municipality and the others of its arrangement) with everything around it that a
 * wide box can show, cut to that area. Null when none of the municipalities is in the geometry.
 */
export function renderMapPicture(geometry: PictureGeometry, focus: string[]): MapPicture | null {
	const all = projectedBoxes(geometry.municipalities);
	let x0 = Infinity,
		y0 = Infinity,
		x1 = -Infinity,
		y1 = -Infinity;
	for (const kommunenummer of focus) {
		const box = all.get(kommunenummer);
		if (!box) continue;
		x0 = Math.min(x0, box[0][0]);
		y0 = Math.min(y0, box[0][1]);
		x1 = Math.max(x1, box[1][0]);
		y1 = Math.max(y1, box[1][1]);
	}
	if (x0 === Infinity) return null;
	// A box up to about 1 400 × 900 pixels around the place, at the scale the place is fitted to.
	const reach = Math.max(800, 2.5 * Math.max(x1 - x0, y1 - y0));
	const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
	const area: Box = [
		[cx - reach, cy - reach],
		[cx + reach, cy + reach]
	];
	const overlaps = (box: Box) =>
		box[0][0] < area[1][0] && box[1][0] > area[0][0] && box[0][1] < area[1][1] && box[1][1] > area[0][1];
	const context = new CompactPathContext();
	const path = geoPath(projection.clipExtent(area), context);
	const draw = (object: Parameters<typeof path>[0]) => {
		path(object);
		return context.result();
	};
	const municipalities = geometry.municipalities.features
		.filter((f) => overlaps(all.get(String(f.id))!))
		.map((f) => ({ kommunenummer: String(f.id), d: draw(f) }))
		.filter((shape) => shape.d);
	const picture: MapPicture = {
		width: 2 * reach,
		height: 2 * reach,
		municipalities,
		countyBorders: draw(geometry.countyBorders),
		outline: draw(geometry.outline),
		viewBox: [Math.round(x0), Math.round(y0), Math.round(x1 - x0) || 1, Math.round(y1 - y0) || 1]
	};
	projection.clipExtent(null);
	return picture;
}

/**
 * The SVG element's size in its box: the box less the padding, but never larger than the place at the
 * largest fitting zoom; centred, and drawn beyond its edges (the box clips). The same result as fitBounds
 * with FIT_OPTIONS.
 */
export function pictureStyle(picture: MapPicture): string {
	const [, , width, height] = picture.viewBox;
	const pad = FIT_OPTIONS.padding;
	return (
		`position:absolute;overflow:visible;left:50%;top:50%;transform:translate(-50%,-50%);` +
		`width:min(100% - ${2 * pad}px, ${width}px);height:min(100% - ${2 * pad}px, ${height}px)`
	);
}
