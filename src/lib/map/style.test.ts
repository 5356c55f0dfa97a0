import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { coverageMapStyle } from './style.ts';
import { MUNICIPALITY_FILL_LAYER } from './layers.ts';
import { STATUS_COLOURS } from './colours.ts';

describe('coverage map style', () => {
	it('is a valid, self-contained MapLibre style (no external tiles, glyphs or sprites)', () => {
		const style = coverageMapStyle();
		expect(validateStyleMin(style)).toEqual([]);
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
	});

	it('colours municipalities by status from feature state, in the legend colours', () => {
		const fill = coverageMapStyle().layers.find((l) => l.id === MUNICIPALITY_FILL_LAYER)!;
		const colour = JSON.stringify((fill as { paint: Record<string, unknown> }).paint['fill-color']);
		expect(colour).toContain('feature-state');
		for (const c of Object.values(STATUS_COLOURS)) expect(colour).toContain(c);
	});

	it('puts a configured basemap under the municipalities', () => {
		const style = coverageMapStyle({ basemapTiles: 'https://tiles.example.org/{z}/{x}/{y}.png' });
		expect(validateStyleMin(style)).toEqual([]);
		const ids = style.layers.map((l) => l.id);
		expect(ids.indexOf('basemap')).toBeLessThan(ids.indexOf(MUNICIPALITY_FILL_LAYER));
	});
});
