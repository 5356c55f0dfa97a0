// The national level with a county's finer geometry put in its place: every municipality once, the county's
// own from its file, and the county's borders and coast from its file too.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { DATA_DIR, DATA_FILES, detailCountyFile } from '$lib/server/data/files';
import { mapGeometryFrom } from './geometry-client.ts';
import { composeDetail, countyDetailFrom } from './detail-compose.ts';

const read = (file: string) => JSON.parse(readFileSync(`${DATA_DIR}/${file}`, 'utf8')) as Topology;
const points = (coordinates: unknown[][]) => coordinates.reduce((sum, line) => sum + line.length, 0);

describe('composeDetail', () => {
	const base = mapGeometryFrom(read(DATA_FILES.detailNational));
	const vestland = countyDetailFrom(read(detailCountyFile('46')));

	it('is the national level when no county is loaded', () => {
		const drawn = composeDetail(base, new Map());
		expect(drawn.municipalities).toBe(base.municipalities);
		expect(drawn.outline).toBe(base.outline);
	});

	it("puts a county's municipalities, borders and coast in place of the national level's", () => {
		const drawn = composeDetail(base, new Map([['46', vestland]]));
		const ids = drawn.municipalities.features.map((f) => String(f.id));
		expect(ids).toHaveLength(357);
		expect(new Set(ids).size).toBe(357);
		const askoy = drawn.municipalities.features.find((f) => f.id === '4627')!;
		expect(vestland.municipalities).toContain(askoy);
		expect(askoy.properties).toEqual({ kommunenummer: '4627' });
		expect(drawn.municipalities.features.find((f) => f.id === '0301')).toBe(
			base.municipalities.features.find((f) => f.id === '0301')
		);
		// Vestland's coast is far longer in its own file than in the national one.
		expect(points(drawn.outline.geometry.coordinates)).toBeGreaterThan(
			points(base.outline.geometry.coordinates)
		);
		expect(vestland.countyBorders.length).toBeGreaterThan(0);
	});
});
