// Writes src/lib/share/font-widths.json: the advance widths of Noto Sans (regular and bold, the TTF files the
// share-card renderer loads) for the characters Norwegian, Sami and Kven names and our texts use, in
// thousandths of an em. The card layout measures its lines with them (src/lib/share/card.ts), so that it
// wraps where the rendered text really ends. Run again if the font package changes:
//   npx tsx scripts/share/font-widths.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const FILES = {
	regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
	bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'
};
/** Basic Latin to Latin Extended-B, general punctuation, the euro sign. */
const RANGES: [number, number][] = [
	[0x20, 0x7e],
	[0xa0, 0x24f],
	[0x2010, 0x2044],
	[0x20ac, 0x20ac]
];

function tables(font: Buffer): Map<string, number> {
	const result = new Map<string, number>();
	const count = font.readUInt16BE(4);
	for (let i = 0; i < count; i++) {
		const at = 12 + 16 * i;
		result.set(font.toString('latin1', at, at + 4), font.readUInt32BE(at + 8));
	}
	return result;
}

/** The glyph of each code point, from the cmap's Windows Unicode BMP subtable (format 4). */
function glyphOf(font: Buffer, cmap: number): (codePoint: number) => number {
	const count = font.readUInt16BE(cmap + 2);
	let sub = -1;
	for (let i = 0; i < count; i++) {
		const at = cmap + 4 + 8 * i;
		if (font.readUInt16BE(at) === 3 && font.readUInt16BE(at + 2) === 1)
			sub = cmap + font.readUInt32BE(at + 4);
	}
	if (sub < 0 || font.readUInt16BE(sub) !== 4) throw new Error('no cmap format 4 subtable');
	const segments = font.readUInt16BE(sub + 6) / 2;
	const ends = sub + 14;
	const starts = ends + 2 * segments + 2;
	const deltas = starts + 2 * segments;
	const rangeOffsets = deltas + 2 * segments;
	return (codePoint) => {
		for (let s = 0; s < segments; s++) {
			if (codePoint > font.readUInt16BE(ends + 2 * s)) continue;
			const start = font.readUInt16BE(starts + 2 * s);
			if (codePoint < start) return 0;
			const delta = font.readInt16BE(deltas + 2 * s);
			const rangeOffset = font.readUInt16BE(rangeOffsets + 2 * s);
			if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
			const glyph = font.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (codePoint - start));
			return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
		}
		return 0;
	};
}

function widths(file: string): Record<string, number> {
	const font = readFileSync(require.resolve(file));
	const t = tables(font);
	const unitsPerEm = font.readUInt16BE(t.get('head')! + 18);
	const metrics = font.readUInt16BE(t.get('hhea')! + 34);
	const hmtx = t.get('hmtx')!;
	const glyph = glyphOf(font, t.get('cmap')!);
	const advance = (g: number) => font.readUInt16BE(hmtx + 4 * Math.min(g, metrics - 1));
	const result: Record<string, number> = {};
	for (const [from, to] of RANGES)
		for (let c = from; c <= to; c++) {
			const g = glyph(c);
			if (g) result[String.fromCodePoint(c)] = Math.round((1000 * advance(g)) / unitsPerEm);
		}
	return result;
}

writeFileSync(
	'src/lib/share/font-widths.json',
	JSON.stringify({ regular: widths(FILES.regular), bold: widths(FILES.bold) }) + '\n'
);
