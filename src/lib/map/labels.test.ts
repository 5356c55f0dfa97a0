import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { geoContains } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { mapGeometryFrom } from './geometry-client.ts';
import { labelPoint, labelPoints, labelText } from './labels.ts';
import { DATA_DIR, DATA_FILES } from '../../../scripts/data/outputs.ts';

const geometry = mapGeometryFrom(
	JSON.parse(readFileSync(`${DATA_DIR}/${DATA_FILES.countyTopology}`, 'utf8')) as Topology
);

describe('label points', () => {
	it('puts every municipality and county name inside its own area', () => {
		for (const collection of [geometry.municipalities, geometry.counties]) {
			for (const f of collection.features) {
				const point = labelPoint(f.geometry as Parameters<typeof labelPoint>[0]);
				expect(geoContains(f, point), `label of ${f.id}`).toBe(true);
			}
		}
		expect(geometry.counties.features).toHaveLength(15);
	});

	it('names only what has a name, larger areas placed first, official forms on their own lines', () => {
		const labels = labelPoints(
			geometry.municipalities,
			new Map([
				['5612', 'Guovdageaidnu - Kautokeino'],
				['0301', 'Oslo']
			])
		);
		expect(labels.features.map((f) => f.properties.id).sort()).toEqual(['0301', '5612']);
		const byId = new Map(labels.features.map((f) => [f.properties.id, f.properties]));
		expect(byId.get('5612')!.name).toBe('Guovdageaidnu\nKautokeino');
		expect(byId.get('5612')!.rank).toBeLessThan(byId.get('0301')!.rank);
		expect(labelText('Troms - Romsa - Tromssa')).toBe('Troms\nRomsa\nTromssa');
	});

	it('zoomed in, names a neighbour on its part in view', () => {
		// A view around Askøy: Bergen's own label point is far east of it.
		const view: [number, number, number, number] = [5.05, 60.35, 5.3, 60.5];
		const labels = labelPoints(
			geometry.municipalities,
			new Map([
				['4601', 'Bergen'],
				['4627', 'Askøy'],
				['5612', 'Guovdageaidnu - Kautokeino']
			]),
			view
		);
		const bergen = labels.features.find((f) => f.properties.id === '4601')!;
		const [lon, lat] = bergen.geometry.coordinates;
		expect(lon).toBeGreaterThanOrEqual(view[0]);
		expect(lon).toBeLessThanOrEqual(view[2]);
		expect(lat).toBeGreaterThanOrEqual(view[1]);
		expect(lat).toBeLessThanOrEqual(view[3]);
		const feature = geometry.municipalities.features.find((f) => String(f.id) === '4601')!;
		expect(geoContains(feature, [lon, lat])).toBe(true);
		expect(labels.features.map((f) => f.properties.id)).not.toContain('5612');
	});
});
