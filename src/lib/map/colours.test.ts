// The status colours live twice by necessity: in TypeScript for MapLibre, and as CSS variables for the
// legend, the list and the SVG map. This keeps the two the same.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { STATUS_COLOURS } from './colours.ts';

const css = readFileSync('src/app.css', 'utf8');
const cssVariable = (name: string) =>
	new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1]?.toLowerCase();

describe('status colours', () => {
	it('are the same in the stylesheet and in the map style', () => {
		expect(cssVariable('own')).toBe(STATUS_COLOURS.own);
		expect(cssVariable('inter-municipal')).toBe(STATUS_COLOURS.inter_municipal);
		expect(cssVariable('none')).toBe(STATUS_COLOURS.none);
	});
});
