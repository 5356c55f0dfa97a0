import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { mapGeometryFrom } from './geometry-client.ts';
import { DATA_DIR, DATA_FILES } from '../../../scripts/data/outputs.ts';

describe('interactive map geometry', () => {
	const geometry = mapGeometryFrom(
		JSON.parse(readFileSync(`${DATA_DIR}/${DATA_FILES.countyTopology}`, 'utf8')) as Topology
	);

	it('has every municipality once, keyed by kommunenummer (the id MapLibre promotes for feature state)', () => {
		const numbers = geometry.municipalities.features.map((f) => f.properties?.kommunenummer);
		expect(numbers).toHaveLength(357);
		expect(new Set(numbers).size).toBe(357);
		expect(numbers.every((k) => /^\d{4}$/.test(k))).toBe(true);
	});

	it('draws county borders and the outline from the same arcs', () => {
		expect(geometry.countyBorders.geometry.coordinates.length).toBeGreaterThan(10);
		expect(geometry.outline.geometry.coordinates.length).toBeGreaterThan(10);
	});
});
