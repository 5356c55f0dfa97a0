import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { mapGeometryFrom, municipalityBounds } from './geometry-client.ts';
import { DATA_DIR, DATA_FILES } from '$lib/server/data/files';

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

	it('bounds a municipality and a group of municipalities in longitude and latitude', () => {
		const oslo = municipalityBounds(geometry.municipalities, ['0301'])!;
		expect(oslo[0][0]).toBeGreaterThan(10.4);
		expect(oslo[1][0]).toBeLessThan(11);
		expect(oslo[0][1]).toBeGreaterThan(59.7);
		expect(oslo[1][1]).toBeLessThan(60.2);
		// Oslo and Tromsø together span most of the country.
		const both = municipalityBounds(geometry.municipalities, ['0301', '5501'])!;
		expect(both[1][1]).toBeGreaterThan(69.5);
		expect(both[0][1]).toBe(oslo[0][1]);
		expect(municipalityBounds(geometry.municipalities, ['9999'])).toBeNull();
	});
});
