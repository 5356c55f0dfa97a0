import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { renderSvgMap } from './svg.ts';
import { DATA_DIR, DATA_FILES } from '$lib/server/data/files';

const topology = JSON.parse(readFileSync(`${DATA_DIR}/${DATA_FILES.nationalTopology}`, 'utf8')) as Topology;

/** The absolute points of a path drawn by CompactPathContext (M x y, then relative l, h and v steps). */
function points(d: string): [number, number][] {
	const result: [number, number][] = [];
	let x = 0;
	let y = 0;
	for (const [, command, args] of d.matchAll(/([MlhvZz])([^MlhvZz]*)/g)) {
		const values = (args.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
		if (command === 'M') [x, y] = values;
		if (command === 'M') result.push([x, y]);
		if (command === 'l')
			for (let i = 0; i < values.length; i += 2) result.push([(x += values[i]), (y += values[i + 1])]);
		if (command === 'h') result.push([(x += values[0]), y]);
		if (command === 'v') result.push([x, (y += values[0])]);
	}
	return result;
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
			for (const [x, y] of points(shape.d)) {
				expect(x).toBeGreaterThanOrEqual(-1);
				expect(x).toBeLessThanOrEqual(map.width + 1);
				expect(y).toBeGreaterThanOrEqual(-1);
				expect(y).toBeLessThanOrEqual(map.height + 1);
			}
		}
	});

	it('places Oslo in the south-east and Tromsø in the north', () => {
		const firstPoint = (k: string) => points(map.municipalities.find((m) => m.kommunenummer === k)!.d)[0];
		const [, osloY] = firstPoint('0301');
		const [, tromsoY] = firstPoint('5501');
		expect(osloY).toBeGreaterThan(map.height * 0.75);
		expect(tromsoY).toBeLessThan(map.height * 0.3);
	});
});

describe('compact path data', () => {
	const map = renderSvgMap(topology, 560);

	it('draws every municipality, the smallest islands as a small square', () => {
		expect(map.municipalities.filter((m) => m.d === '')).toEqual([]);
		const utsira = map.municipalities.find((m) => m.kommunenummer === '1151')!;
		expect(utsira.d).toMatch(/^M\d+ \d+h2v2h-2z$/);
	});

	it('has no repeated points and no rings of fewer than three points', () => {
		for (const shape of map.municipalities) {
			for (const ring of shape.d.split('M').slice(1)) {
				const ringPoints = points(`M${ring}`);
				expect(ringPoints.length).toBeGreaterThanOrEqual(3);
				for (let i = 1; i < ringPoints.length; i++) expect(ringPoints[i]).not.toEqual(ringPoints[i - 1]);
			}
		}
	});

	it('is a fraction of the size of absolute coordinates with one decimal', () => {
		const bytes = map.municipalities.reduce((sum, m) => sum + m.d.length, 0);
		expect(bytes).toBeLessThan(60_000);
	});
});
