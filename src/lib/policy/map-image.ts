// The dashboard's map as a standalone SVG image: title, date line, the map (cropped to a county when one is
// chosen), legend with counts and attribution, with every colour inline so that it renders the same in any
// program and converts to PNG in the browser. Every text from data is escaped.
import type { SvgMap } from '$lib/map/svg';
import { escapeXml } from '$lib/map/svg-markup';
import { wrapText } from './text-wrap.ts';
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
/** Space around a county in its crop, as a share of its longer side. */
const CROP_MARGIN = 0.05;

type Box = [number, number, number, number];

/** The box around the boxes given, or null when there are none. */
export function unionBox(boxes: (Box | undefined)[]): Box | null {
	const found = boxes.filter((b): b is Box => !!b);
	if (!found.length) return null;
	return [
		Math.min(...found.map((b) => b[0])),
		Math.min(...found.map((b) => b[1])),
		Math.max(...found.map((b) => b[2])),
		Math.max(...found.map((b) => b[3]))
	];
}

/**
 * What part of the map the picture shows ([x, y, width, height] in map units) and how tall it is drawn: the
 * whole country, or the crop's box (from the projection, see SvgMapShape.box) with a margin, widened when the
 * picture reaches its greatest height so that the sides show the neighbouring land rather than blank space.
 */
export function cropView(map: SvgMap, crop: string[] | null): { viewBox: Box; height: number } {
	const boxes = new Map(map.municipalities.map((shape) => [shape.kommunenummer, shape.box]));
	const box = crop && unionBox(crop.map((k) => boxes.get(k)));
	if (!box) {
		const height = Math.min(MAX_MAP_HEIGHT, (MAP_WIDTH * map.height) / map.width);
		return { viewBox: [0, 0, map.width, map.height], height: Math.round(height) };
	}
	const pad = Math.max(box[2] - box[0], box[3] - box[1]) * CROP_MARGIN;
	let viewBox: Box = [box[0] - pad, box[1] - pad, box[2] - box[0] + 2 * pad, box[3] - box[1] + 2 * pad];
	let height = (MAP_WIDTH * viewBox[3]) / viewBox[2];
	if (height > MAX_MAP_HEIGHT) {
		height = MAX_MAP_HEIGHT;
		const width = (viewBox[3] * MAP_WIDTH) / MAX_MAP_HEIGHT;
		viewBox = [viewBox[0] - (width - viewBox[2]) / 2, viewBox[1], width, viewBox[3]];
	}
	return { viewBox, height: Math.round(height) };
}

const overlaps = (a: Box, [x, y, w, h]: Box) => a[0] <= x + w && a[2] >= x && a[1] <= y + h && a[3] >= y;

function mapMarkup(image: MapImage, x: number, y: number): { markup: string; height: number } {
	const { map, fills, crop, selected } = image;
	const { viewBox, height } = cropView(map, crop);
	// Only what is in view: a county's picture does not carry the whole country's path data.
	const paths = map.municipalities
		.filter((shape) => fills.has(shape.kommunenummer) && overlaps(shape.box, viewBox))
		.map(
			(shape) =>
				`<path d="${shape.d}" fill="${escapeXml(fills.get(shape.kommunenummer)!)}" ` +
				`data-kommunenummer="${shape.kommunenummer}"/>`
		)
		.join('');
	const chosen = selected ? map.municipalities.find((shape) => shape.kommunenummer === selected) : undefined;
	const markup =
		`<svg x="${x}" y="${y}" width="${MAP_WIDTH}" height="${height}" viewBox="${viewBox.map((n) => n.toFixed(1)).join(' ')}" ` +
		`preserveAspectRatio="xMidYMid meet" overflow="hidden">` +
		`<g stroke="${BORDER_COLOUR}" stroke-width="0.5" vector-effect="non-scaling-stroke">${paths}</g>` +
		`<path d="${map.countyBorders}" fill="none" stroke="${COUNTY_BORDER_COLOUR}" stroke-width="0.9" vector-effect="non-scaling-stroke"/>` +
		`<path d="${map.outline}" fill="none" stroke="${OUTLINE_COLOUR}" stroke-width="0.9" vector-effect="non-scaling-stroke"/>` +
		(chosen
			? `<path d="${chosen.d}" fill="none" stroke="#000000" stroke-width="2.5" vector-effect="non-scaling-stroke" data-selected="${selected}"/>`
			: '') +
		`</svg>`;
	return { markup, height };
}

/** Lines of text from `top` down, wrapped to the map's width; the markup and the y below the last line. */
function textBlock(
	text: string,
	top: number,
	options: { size: number; bold?: boolean; indent?: number; attributes?: string }
): { markup: string; bottom: number } {
	const { size, bold = false, indent = 0, attributes = '' } = options;
	const lineHeight = Math.round(size * 1.3);
	const lines = wrapText(text, MAP_WIDTH - indent, size, bold);
	const markup = lines
		.map(
			(line, i) =>
				`<text x="${MARGIN + indent}" y="${top + size + i * lineHeight}" font-size="${size}"` +
				`${bold ? ' font-weight="700"' : ''}${attributes}>${escapeXml(line)}</text>`
		)
		.join('');
	return { markup, bottom: top + lines.length * lineHeight };
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
	const title = textBlock(frame.title, MARGIN, { size: 20, bold: true, attributes: ' data-part="title"' });
	const subtitle = textBlock(frame.subtitle, title.bottom + 4, {
		size: 14,
		attributes: ' data-part="subtitle"'
	});
	const top = subtitle.bottom + 12;
	const map = mapMarkup(image, MARGIN, top);
	let y = top + map.height + 16;
	const legend = frame.legend
		.map((entry) => {
			const label = textBlock(entry.label, y, { size: 14, indent: 24 });
			const swatch = `<rect x="${MARGIN}" y="${y + 3}" width="16" height="16" fill="${escapeXml(entry.colour)}" stroke="#6b6b6b"/>`;
			y = Math.max(label.bottom, y + LEGEND_ROW - 4) + 4;
			return swatch + label.markup;
		})
		.join('');
	y += 8;
	const attribution = frame.attribution
		.map((line) => {
			const block = textBlock(line, y, { size: 11, attributes: ' fill="#4f4f4f"' });
			y = block.bottom;
			return block.markup;
		})
		.join('');
	const height = Math.ceil(y + MARGIN);
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
		`role="img" aria-labelledby="map-image-title" font-family="${escapeXml(FONT)}" fill="#1a1a1a">` +
		`<title id="map-image-title">${escapeXml(`${frame.title}. ${frame.subtitle}`)}</title>` +
		`<rect width="100%" height="100%" fill="#ffffff"/>` +
		title.markup +
		subtitle.markup +
		map.markup +
		`<g data-part="legend">${legend}</g>` +
		`<g data-part="attribution">${attribution}</g>` +
		`</svg>`
	);
}
