import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { renderSvgMap } from './svg.ts';
import { DATA_DIR, DATA_FILES } from '../../../scripts/data/outputs.ts';

const topology = JSON.parse(readFileSync(`${DATA_DIR}/${DATA_FILES.nationalTopology}`, 'utf8')) as Topology;

function numbers(d: string): number[] {
	return (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
}

describe('server-rendered SVG map', () => {
	const map = renderSvgMap(topology, 500);

	it('draws all 357 municipalities, county borders and the outline', () => {
		expect(map.municipalities).toHaveLength(357);
		expect(new Set(map.municipalities.map((m) => m.kommunenummer)).size).toBe(357);
		expect(map.municipalities.every((m) => m.d.startsWith('M'))).toBe(true);
		expect(map.countyBorders.length).toBeGreaterThan(1000);
		expect(map.outline.length).toBeGreaterThan(1000);
	});

	it('fits Norway to the width: taller than wide, every shape inside the frame', () => {
		expect(map.width).toBe(500);
		expect(map.height).toBeGreaterThan(500);
		expect(map.height).toBeLessThan(900);
		for (const shape of map.municipalities) {
			const values = numbers(shape.d);
			expect(Math.min(...values)).toBeGreaterThanOrEqual(-1);
			expect(Math.max(...values)).toBeLessThanOrEqual(map.height + 1);
		}
	});

	it('places Oslo in the south-east and Tromsø in the north', () => {
		const firstPoint = (k: string) =>
			numbers(map.municipalities.find((m) => m.kommunenummer === k)!.d).slice(0, 2);
		const [, osloY] = firstPoint('0301');
		const [, tromsoY] = firstPoint('5501');
		expect(osloY).toBeGreaterThan(map.height * 0.75);
		expect(tromsoY).toBeLessThan(map.height * 0.3);
	});
});
