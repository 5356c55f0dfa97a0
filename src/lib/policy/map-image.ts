// The dashboard's map as a standalone SVG image: title, date line, the map (cropped to a county when one is
// chosen), legend with counts and attribution, with every colour inline so that it renders the same in any
// program and converts to PNG in the browser. Every text from data is escaped.
import type { SvgMap } from '$lib/map/svg';
import { escapeXml } from '$lib/map/svg-markup';
import { BORDER_COLOUR, COUNTY_BORDER_COLOUR, OUTLINE_COLOUR } from '$lib/map/colours';

export interface MapImage {
	map: SvgMap;
	/** Fill per municipality; municipalities without one are not drawn. */
	fills: Map<string, string>;
	/** Fit the picture to these municipalities (a county); null: the whole country. */
	crop: string[] | null;
	/** Outlined in black. */
	selected: string | null;
	/** Title, date line, legend and attribution; without them just the map (the page's own fallback). */
	frame: {
		title: string;
		subtitle: string;
		legend: { colour: string; label: string }[];
		attribution: string[];
	} | null;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const MARGIN = 16;
const MAP_WIDTH = 560;
const MAX_MAP_HEIGHT = 760;
const LEGEND_ROW = 22;

/** The box around path data made by d3-geo (absolute M/L/Z commands with x,y pairs). */
export function pathBounds(paths: string[]): [number, number, number, number] | null {
	let x0 = Infinity;
	let y0 = Infinity;
	let x1 = -Infinity;
	let y1 = -Infinity;
	for (const d of paths) {
		const numbers = d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? [];
		for (let i = 0; i + 1 < numbers.length; i += 2) {
			const x = Number(numbers[i]);
			const y = Number(numbers[i + 1]);
			if (x < x0) x0 = x;
			if (x > x1) x1 = x;
			if (y < y0) y0 = y;
			if (y > y1) y1 = y;
		}
	}
	return Number.isFinite(x0) ? [x0, y0, x1, y1] : null;
}

function mapMarkup(image: MapImage, x: number, y: number): { markup: string; width: number; height: number } {
	const { map, fills, crop, selected } = image;
	const shapes = new Map(map.municipalities.map((shape) => [shape.kommunenummer, shape.d]));
	const box = (crop && pathBounds(crop.map((k) => shapes.get(k) ?? ''))) || [0, 0, map.width, map.height];
	const pad = crop ? Math.max(box[2] - box[0], box[3] - box[1]) * 0.03 : 0;
	const viewBox = [box[0] - pad, box[1] - pad, box[2] - box[0] + 2 * pad, box[3] - box[1] + 2 * pad];
	const height = Math.round(Math.min(MAX_MAP_HEIGHT, (MAP_WIDTH * viewBox[3]) / viewBox[2]));
	const paths = map.municipalities
		.filter((shape) => fills.has(shape.kommunenummer))
		.map(
			(shape) =>
				`<path d="${shape.d}" fill="${escapeXml(fills.get(shape.kommunenummer)!)}" ` +
				`data-kommunenummer="${shape.kommunenummer}"/>`
		)
		.join('');
	const chosen = selected && shapes.has(selected) ? shapes.get(selected)! : null;
	const markup =
		`<svg x="${x}" y="${y}" width="${MAP_WIDTH}" height="${height}" viewBox="${viewBox.map((n) => n.toFixed(1)).join(' ')}" ` +
		`preserveAspectRatio="xMidYMid meet" overflow="hidden">` +
		`<g stroke="${BORDER_COLOUR}" stroke-width="0.5" vector-effect="non-scaling-stroke">${paths}</g>` +
		`<path d="${map.countyBorders}" fill="none" stroke="${COUNTY_BORDER_COLOUR}" stroke-width="0.9" vector-effect="non-scaling-stroke"/>` +
		`<path d="${map.outline}" fill="none" stroke="${OUTLINE_COLOUR}" stroke-width="0.9" vector-effect="non-scaling-stroke"/>` +
		(chosen
			? `<path d="${chosen}" fill="none" stroke="#000000" stroke-width="2.5" vector-effect="non-scaling-stroke" data-selected="${selected}"/>`
			: '') +
		`</svg>`;
	return { markup, width: MAP_WIDTH, height };
}

export function mapImageSvg(image: MapImage): string {
	const { frame } = image;
	if (!frame) {
		const { markup, height } = mapMarkup(image, 0, 0);
		return (
			`<svg xmlns="http://www.w3.org/2000/svg" width="${MAP_WIDTH}" height="${height}" ` +
			`viewBox="0 0 ${MAP_WIDTH} ${height}" aria-hidden="true">${markup}</svg>`
		);
	}
	const width = MAP_WIDTH + 2 * MARGIN;
	const top = MARGIN + 62;
	const map = mapMarkup(image, MARGIN, top);
	const legendTop = top + map.height + 20;
	const legend = frame.legend
		.map((entry, i) => {
			const y = legendTop + i * LEGEND_ROW;
			return (
				`<rect x="${MARGIN}" y="${y}" width="16" height="16" fill="${escapeXml(entry.colour)}" stroke="#6b6b6b"/>` +
				`<text x="${MARGIN + 24}" y="${y + 13}" font-size="14">${escapeXml(entry.label)}</text>`
			);
		})
		.join('');
	const attributionTop = legendTop + frame.legend.length * LEGEND_ROW + 14;
	const attribution = frame.attribution
		.map(
			(line, i) =>
				`<text x="${MARGIN}" y="${attributionTop + i * 15}" font-size="11" fill="#4f4f4f">${escapeXml(line)}</text>`
		)
		.join('');
	const height = attributionTop + frame.attribution.length * 15 + MARGIN;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
		`role="img" aria-labelledby="map-image-title" font-family="${escapeXml(FONT)}" fill="#1a1a1a">` +
		`<title id="map-image-title">${escapeXml(`${frame.title}. ${frame.subtitle}`)}</title>` +
		`<rect width="100%" height="100%" fill="#ffffff"/>` +
		`<text x="${MARGIN}" y="${MARGIN + 20}" font-size="20" font-weight="700" data-part="title">${escapeXml(frame.title)}</text>` +
		`<text x="${MARGIN}" y="${MARGIN + 44}" font-size="14" data-part="subtitle">${escapeXml(frame.subtitle)}</text>` +
		map.markup +
		`<g data-part="legend">${legend}</g>` +
		`<g data-part="attribution">${attribution}</g>` +
		`</svg>`
	);
}
