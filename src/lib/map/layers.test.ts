import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { COVERAGE_STATUSES } from '$lib/domain/status';
import { STATUS_COLOURS } from './colours.ts';
import {
	coverageLayers,
	LABELS,
	labelFilter,
	MARKS,
	MUNICIPALITY_FILL_LAYER,
	MUNICIPALITY_SOURCE,
	SOURCES,
	statusColour
} from './layers.ts';
import { coverageMapStyle } from './style.ts';

const layers = coverageLayers({ fillOpacity: 1, font: 'Noto Sans SemiBold' });
const byId = (id: string) =>
	layers.find((layer) => layer.id === id) as LayerSpecification & {
		paint?: Record<string, unknown>;
		layout?: Record<string, unknown>;
		filter?: unknown;
		minzoom?: number;
		maxzoom?: number;
	};

/** Evaluates the status expression for a feature state, as MapLibre's match does. */
function colourFor(status: string | null): string {
	const [, , ...rest] = statusColour() as unknown as string[];
	const fallback = rest.at(-1)!;
	for (let i = 0; i + 1 < rest.length - 1; i += 2) if (rest[i] === (status ?? 'none')) return rest[i + 1];
	return fallback;
}

describe('coverage map layers, derived from the tables', () => {
	it('has one fill colour per status of the legend, from the status colour table', () => {
		for (const status of COVERAGE_STATUSES) expect(colourFor(status)).toBe(STATUS_COLOURS[status]);
		// A municipality without a status yet is drawn as having none.
		expect(colourFor(null)).toBe(STATUS_COLOURS.none);
	});

	it('draws one outline layer per mark, each reading its own feature state', () => {
		for (const mark of MARKS) {
			const layer = byId(mark.id);
			expect(layer.type).toBe('line');
			expect((layer as { source: string }).source).toBe(MUNICIPALITY_SOURCE);
			const width = layer.paint!['line-width'];
			expect(width).toEqual(['case', ['boolean', ['feature-state', mark.state], false], mark.width, 0]);
			expect(layer.paint!['line-color']).toBe(mark.colour);
		}
		expect(new Set(MARKS.map((mark) => mark.state)).size).toBe(MARKS.length);
	});

	it('puts the group under the county borders and hover and selection over the outline', () => {
		const order = layers.map((layer) => layer.id);
		for (const mark of MARKS) {
			const above = order.indexOf(mark.over);
			expect(order.indexOf(mark.id), mark.id).toBeGreaterThan(above);
		}
		expect(order.indexOf('municipality-group')).toBeLessThan(order.indexOf('county-borders'));
	});

	it('makes a symbol layer per label declaration, with its zoom range and the selection filter', () => {
		for (const label of LABELS) {
			const layer = byId(label.id);
			expect(layer.type).toBe('symbol');
			expect((layer as { source: string }).source).toBe(label.source);
			expect(layer.minzoom).toBe('minzoom' in label ? label.minzoom : undefined);
			expect(layer.maxzoom).toBe('maxzoom' in label ? label.maxzoom : undefined);
			expect(layer.layout!['text-size']).toEqual(label.size);
			if ('selected' in label) expect(layer.filter).toEqual(labelFilter(label.selected, null));
		}
		// The selected name is always drawn; the others are placed by size and leave it out.
		expect(byId('municipality-label-selected').layout!['text-allow-overlap']).toBe(true);
		expect(labelFilter('only', '4627')).toEqual(['==', ['get', 'id'], '4627']);
		expect(labelFilter('except', '4627')).toEqual(['!=', ['get', 'id'], '4627']);
		// Labels are drawn last, over every area and line.
		const firstLabel = layers.findIndex((layer) => layer.type === 'symbol');
		expect(layers.slice(firstLabel).every((layer) => layer.type === 'symbol')).toBe(true);
	});

	it('uses only declared sources, each declared once, and unique layer ids', () => {
		const style = coverageMapStyle();
		expect(validateStyleMin(style)).toEqual([]);
		expect(Object.keys(style.sources).sort()).toEqual(Object.keys(SOURCES).sort());
		const ids = style.layers.map((layer) => layer.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const layer of style.layers)
			if ('source' in layer) expect(Object.keys(SOURCES)).toContain(layer.source);
		expect(ids).toContain(MUNICIPALITY_FILL_LAYER);
	});

	it('lets a basemap show through the fill', () => {
		expect(
			byId(MUNICIPALITY_FILL_LAYER).paint!['fill-opacity'] === 1 &&
				(
					coverageLayers({ fillOpacity: 0.8, font: 'x' }).find((l) => l.id === MUNICIPALITY_FILL_LAYER) as {
						paint: Record<string, unknown>;
					}
				).paint['fill-opacity'] === 0.8
		).toBe(true);
	});
});
