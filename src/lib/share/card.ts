// The share card: the 1200 × 630 picture that link previews show (Open Graph, Twitter), as SVG for the server
// to turn into PNG (see $lib/server/share). Text on the left (name or view, status or figures, legend), a map
// on the right, the date and attribution at the foot. SVG text does not wrap and the card has fixed
// edges, so every text is fitted here: wrapped by the font's own widths, made smaller down to a least size, and cut
// with an ellipsis after its last allowed line. Every text from data is escaped.
import { escapeXml } from '$lib/map/svg-markup';
import FONT_WIDTHS from './font-widths.json';
import { CARD_HEIGHT, CARD_WIDTH } from './paths.ts';

export { CARD_HEIGHT, CARD_WIDTH };

/** The family the server's renderer has loaded (Noto Sans, see $lib/server/share/render). */
export const CARD_FONT = 'Noto Sans';

const MARGIN = 48;
const ACCENT = '#1b5e9c';
const MAP_HEIGHT = 550;

/** Where the map goes (at the right, this wide) and how wide the text column beside it is. */
export function cardLayout(mapWidth = 520) {
	const map = { x: CARD_WIDTH - 40 - mapWidth, y: 40, width: mapWidth, height: MAP_HEIGHT };
	return { map, textWidth: map.x - MARGIN - 40 };
}

/** A map box's shape (width / height): what a map picture should be cut to. */
export const mapAspect = (mapWidth = 520) => mapWidth / MAP_HEIGHT;
const FOOT_BOTTOM = CARD_HEIGHT - 36;

/** A picture of the map: SVG content in its own coordinates, fitted into the card's map box. */
export interface CardMap {
	viewBox: [number, number, number, number];
	content: string;
}

export interface CardLine {
	text: string;
	size: number;
	bold?: boolean;
	/** A square of this colour before the text (a status). */
	swatch?: string;
	/** At most this many lines (default 2). */
	maxLines?: number;
	fill?: string;
}

export interface ShareCard {
	/** The picture's text alternative (also the og:image:alt). */
	alt: string;
	title: string;
	/** The map box's width (default 520): narrower for tall maps, leaving more room for text. */
	mapWidth?: number;
	lines: CardLine[];
	legend: { colour: string; label: string }[];
	map: CardMap;
	/** The date line, e.g. «Situasjonen 2. desember 2026». */
	date: string;
	attribution: string[];
	/** Set while the data is demo data: said on the picture. */
	demo: string | null;
}

const WIDTHS: Record<'regular' | 'bold', Record<string, number>> = FONT_WIDTHS;

/**
 * The width of a text as the renderer sets it: the sum of Noto Sans's advance widths (kerning only
 * narrows it); a character the table lacks counts a whole em.
 */
export function textWidth(text: string, size: number, bold = false): number {
	const table = WIDTHS[bold ? 'bold' : 'regular'];
	let units = 0;
	for (const ch of text) units += table[ch] ?? 1000;
	return (units * size) / 1000;
}

/** Lines of at most `maxWidth`, at the largest size from `size` down to `minSize` that needs no more than `maxLines`. */
export function fitText(
	text: string,
	options: { maxWidth: number; maxLines: number; size: number; minSize?: number; bold?: boolean }
): { lines: string[]; size: number; cut: boolean } {
	const { maxWidth, maxLines, bold = false } = options;
	const minSize = options.minSize ?? options.size;
	for (let size = options.size; ; size -= 2) {
		const lines = wrapWords(text, maxWidth, size, bold);
		if (lines.length <= maxLines) return { lines, size, cut: false };
		if (size - 2 < minSize) return { lines: cut(lines, maxLines, maxWidth, size, bold), size, cut: true };
	}
}

/** Broken at spaces; a word wider than a line is broken between letters, so that nothing runs over the edge. */
function wrapWords(text: string, maxWidth: number, size: number, bold: boolean): string[] {
	const fits = (line: string) => textWidth(line, size, bold) <= maxWidth;
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (fits(candidate)) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		line = '';
		for (const ch of word) {
			if (line && !fits(line + ch)) {
				lines.push(line);
				line = '';
			}
			line += ch;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** The first `maxLines` lines, the last one ending in an ellipsis that fits. */
function cut(lines: string[], maxLines: number, maxWidth: number, size: number, bold: boolean): string[] {
	const kept = lines.slice(0, maxLines);
	let last = kept[maxLines - 1];
	while (last && textWidth(`${last}…`, size, bold) > maxWidth) last = last.slice(0, -1);
	kept[maxLines - 1] = `${last.trimEnd()}…`;
	return kept;
}

interface Block {
	markup: string;
	height: number;
}

function textLines(
	lines: string[],
	x: number,
	top: number,
	size: number,
	options: { bold?: boolean; fill?: string; part: string }
): Block {
	const lineHeight = Math.round(size * 1.25);
	const markup = lines
		.map(
			(line, i) =>
				`<text x="${x}" y="${top + Math.round(size * 0.95) + i * lineHeight}" font-size="${size}"` +
				`${options.bold ? ' font-weight="700"' : ''}${options.fill ? ` fill="${options.fill}"` : ''}` +
				` data-part="${options.part}">${escapeXml(line)}</text>`
		)
		.join('');
	return { markup, height: lines.length * lineHeight };
}

function lineBlock(line: CardLine, top: number, width: number): Block {
	const indent = line.swatch ? Math.round(line.size * 1.2) : 0;
	const { lines, size } = fitText(line.text, {
		maxWidth: width - indent,
		maxLines: line.maxLines ?? 2,
		size: line.size,
		bold: line.bold
	});
	const text = textLines(lines, MARGIN + indent, top, size, {
		bold: line.bold,
		fill: line.fill,
		part: 'line'
	});
	const swatch = line.swatch
		? `<rect x="${MARGIN}" y="${top + Math.round(size * 0.2)}" width="${Math.round(size * 0.8)}" height="${Math.round(size * 0.8)}" ` +
			`fill="${escapeXml(line.swatch)}" stroke="#6b6b6b"/>`
		: '';
	return { markup: swatch + text.markup, height: text.height };
}

/** The legend in one column, or two when it is long (the funding layer's seven phases). */
function legendBlock(legend: ShareCard['legend'], top: number, width: number): Block {
	const columns = legend.length > 4 ? 2 : 1;
	const columnWidth = width / columns;
	const rows = Math.ceil(legend.length / columns);
	const size = 17;
	const markup = legend
		.map((entry, i) => {
			const x = MARGIN + Math.floor(i / rows) * columnWidth;
			const y = top + (i % rows) * 28;
			const { lines } = fitText(entry.label, { maxWidth: columnWidth - 34, maxLines: 1, size });
			return (
				`<rect x="${x}" y="${y + 3}" width="18" height="18" fill="${escapeXml(entry.colour)}" stroke="#6b6b6b"/>` +
				`<text x="${x + 26}" y="${y + 18}" font-size="${size}" data-part="legend">${escapeXml(lines[0] ?? '')}</text>`
			);
		})
		.join('');
	return { markup, height: rows * 28 };
}

function mapBlock(map: CardMap, demo: string | null, box: ReturnType<typeof cardLayout>['map']): string {
	const { x, y, width, height } = box;
	const badge = demo
		? (() => {
				const { lines, size } = fitText(demo, {
					maxWidth: width - 56,
					maxLines: 1,
					size: 20,
					minSize: 14,
					bold: true
				});
				const badgeWidth = Math.ceil(textWidth(lines[0], size, true)) + 24;
				const bx = x + width - 12 - badgeWidth;
				const by = y + height - 12 - (size + 16);
				return (
					`<rect x="${bx}" y="${by}" width="${badgeWidth}" height="${size + 16}" rx="6" fill="#fff4cc" stroke="#7a5c00"/>` +
					`<text x="${bx + 12}" y="${by + 8 + Math.round(size * 0.9)}" font-size="${size}" font-weight="700" fill="#5c4500" data-part="demo">${escapeXml(lines[0])}</text>`
				);
			})()
		: '';
	return (
		`<clipPath id="card-map-clip"><rect x="${x}" y="${y}" width="${width}" height="${height}" rx="12"/></clipPath>` +
		`<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="12" fill="#eef3f7"/>` +
		`<g clip-path="url(#card-map-clip)" data-part="map"><svg x="${x}" y="${y}" width="${width}" height="${height}" ` +
		`viewBox="${map.viewBox.map((n) => Math.round(n * 10) / 10).join(' ')}" preserveAspectRatio="xMidYMid meet">${map.content}</svg></g>` +
		`<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="12" fill="none" stroke="#c8d2dc"/>` +
		badge
	);
}

export function shareCardSvg(card: ShareCard): string {
	const layout = cardLayout(card.mapWidth);
	const textWidthMax = layout.textWidth;
	// The foot first, from the bottom edge up: the date and the attribution always show.
	const footLines = [
		{ text: card.date, size: 20, fill: '#1a1a1a' },
		...card.attribution.map((text) => ({ text, size: 15, fill: '#4f4f4f' }))
	].map((line) => ({
		...line,
		lines: fitText(line.text, { maxWidth: textWidthMax, maxLines: 2, size: line.size }).lines
	}));
	const footHeight = footLines.reduce(
		(sum, line) => sum + line.lines.length * Math.round(line.size * 1.25),
		0
	);
	let footY = FOOT_BOTTOM - footHeight;
	const foot = footLines
		.map((line) => {
			const block = textLines(line.lines, MARGIN, footY, line.size, { fill: line.fill, part: 'foot' });
			footY += block.height;
			return block.markup;
		})
		.join('');
	const limit = FOOT_BOTTOM - footHeight - 20;

	// Then the column from the top down; a block that would reach into the foot is left out.
	let y = MARGIN;
	const blocks: string[] = [];
	const place = (block: Block, gap: number) => {
		if (y + block.height > limit) return false;
		blocks.push(block.markup);
		y += block.height + gap;
		return true;
	};
	place(textLines(['Koordinatorkart'], MARGIN, y, 22, { bold: true, fill: ACCENT, part: 'brand' }), 14);
	// Two lines if the title fits in two at the least size (room for the rest), else up to three.
	const titleOptions = { maxWidth: textWidthMax, size: 52, minSize: 34, bold: true };
	const twoLines = fitText(card.title, { ...titleOptions, maxLines: 2 });
	const title = twoLines.cut ? fitText(card.title, { ...titleOptions, maxLines: 3 }) : twoLines;
	place(textLines(title.lines, MARGIN, y, title.size, { bold: true, part: 'title' }), 18);
	let fits = true;
	for (const line of card.lines) if (fits) fits = place(lineBlock(line, y, textWidthMax), 10);
	if (fits && card.legend.length) place(legendBlock(card.legend, y + 8, textWidthMax), 0);

	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" ` +
		`font-family="${CARD_FONT}" fill="#1a1a1a">` +
		`<title>${escapeXml(card.alt)}</title>` +
		`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>` +
		`<rect width="${CARD_WIDTH}" height="8" fill="${ACCENT}"/>` +
		mapBlock(card.map, card.demo, layout.map) +
		blocks.join('') +
		foot +
		`</svg>`
	);
}
