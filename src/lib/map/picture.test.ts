import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { mapGeometryFrom } from './geometry-client.ts';
import { FIT_OPTIONS, mercatorScale, pictureStyle, renderMapPicture, WHOLE_COUNTRY } from './picture.ts';
import { DATA_DIR, DATA_FILES } from '../../../scripts/data/outputs.ts';

const read = (file: string) =>
	mapGeometryFrom(JSON.parse(readFileSync(`${DATA_DIR}/${file}`, 'utf8')) as Topology);
const detailed = read(DATA_FILES.countyTopology);
const national = read(DATA_FILES.nationalTopology);

describe('the map picture: the interactive map’s first view, drawn on the server', () => {
	it('is in MapLibre pixels: the box of the place at the fitting zoom', () => {
		const picture = renderMapPicture(detailed, ['4627'])!;
		const [x, , width] = picture.viewBox;
		// Web Mercator at zoom 9: x = (longitude in radians) × 512 × 2^9 / 2π; Askøy's west edge is near 5° E.
		expect(x / mercatorScale(FIT_OPTIONS.maxZoom)).toBeCloseTo((5.0 * Math.PI) / 180, 1);
		expect(width).toBeGreaterThan(100);
		// The place and its neighbours are drawn; far-away municipalities are not.
		const drawn = picture.municipalities.map((shape) => shape.kommunenummer);
		expect(drawn).toEqual(expect.arrayContaining(['4627', '4601', '4626', '4631']));
		expect(drawn).not.toContain('5612');
	});

	it('fits like fitBounds: never enlarged beyond the fitting zoom, padded, centred', () => {
		const picture = renderMapPicture(detailed, ['4627'])!;
		const [, , width, height] = picture.viewBox;
		expect(pictureStyle(picture)).toContain(`width:min(100% - ${2 * FIT_OPTIONS.padding}px, ${width}px)`);
		expect(pictureStyle(picture)).toContain(`height:min(100% - ${2 * FIT_OPTIONS.padding}px, ${height}px)`);
	});

	it('draws the whole country with every municipality, in a few hundred kilobytes', () => {
		const picture = renderMapPicture(national, WHOLE_COUNTRY, 5)!;
		expect(picture.municipalities).toHaveLength(357);
		expect(picture.countyLabels).toHaveLength(15);
		const bytes = picture.municipalities.reduce((sum, shape) => sum + shape.d.length, 0);
		expect(bytes).toBeLessThan(250_000);
	});
});
