// The interactive map's levels of detail: which geometry it draws at which zoom. One table, read by the data
// build (how far each level may be simplified), the map (which level to load) and the data build's tests
// (how far the drawn boundary strays from the most detailed input). Zooms are MapLibre's (a 512-pixel world
// at zoom 0), distances CSS pixels.

/** The promise: at every zoom a level is used, its boundaries are within this of the most detailed input. */
export const DRAWN_TOLERANCE_PX = 1.5;
/** MapLibre's own simplification when it tiles a GeoJSON source (its `tolerance` option's default). */
export const TILING_TOLERANCE_PX = 0.375;
/** What the data build's simplification may take, at the level's last zoom. */
export const SIMPLIFY_TOLERANCE_PX = 0.8;
/** The largest rounding error of the quantized coordinates, at the level's last zoom. */
export const QUANTIZE_TOLERANCE_PX = 0.25;

export interface DetailLevel {
	name: 'national' | 'county';
	/** The level is drawn up to this zoom; beyond it the next level is loaded. */
	untilZoom: number;
}

/**
 * National: one file of the whole country (the one the map starts with), good up to the country filling a
 * laptop's map (zoom 4). County: one file per county with the most detailed input, loaded for the counties
 * in view; good up to the smallest municipality (Kvitsøy) filling a 1366 × 900 screen (zoom 13.7; the data
 * build's tests check this). Byte counts and the reasons are in the README ("Geometry by zoom").
 */
export const DETAIL_LEVELS: readonly DetailLevel[] = [
	{ name: 'national', untilZoom: 5 },
	{ name: 'county', untilZoom: 14 }
];

/** The level the map needs at this zoom (the last one beyond its range). */
export function detailLevelAt(zoom: number): DetailLevel {
	return DETAIL_LEVELS.find((level) => zoom <= level.untilZoom) ?? DETAIL_LEVELS[DETAIL_LEVELS.length - 1];
}

export type LonLatBox = [[number, number], [number, number]];

/** The counties whose boxes overlap the view (boxes in longitude and latitude, by fylkesnummer). */
export function countiesInView(view: LonLatBox, boxes: Map<string, LonLatBox>): string[] {
	const [[west, south], [east, north]] = view;
	return [...boxes]
		.filter(([, [[w, s], [e, n]]]) => w <= east && e >= west && s <= north && n >= south)
		.map(([fylkesnummer]) => fylkesnummer)
		.sort();
}
