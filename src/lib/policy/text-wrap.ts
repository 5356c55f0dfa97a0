// Line breaking for text in the map picture. SVG text does not wrap, and the server cannot measure fonts, so
// widths are estimated from the characters: generously (as wide as DejaVu Sans, the widest common fallback
// font), so that a line fits whatever font the viewer has.

const NARROW = /[iIljtf.,:;'’!|()[\]\s·-]/;
const WIDE = /[mwMWÆæŒœ@%]/;

/** The estimated width of a text in a font of this size (bold is wider). */
export function textWidth(text: string, fontSize: number, bold = false): number {
	let ems = 0;
	for (const ch of text) {
		const em = NARROW.test(ch) ? 0.36 : WIDE.test(ch) ? 0.98 : /[A-ZÆØÅ0-9]/.test(ch) ? 0.74 : 0.64;
		ems += bold ? em * 1.1 : em;
	}
	return ems * fontSize;
}

/** The text broken at spaces into lines no wider than `maxWidth` (a single word longer than that stays whole). */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}
