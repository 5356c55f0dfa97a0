import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { MapSnapshot } from '$lib/coverage/schema';
import { renderMapPicture } from '$lib/map/picture';
import { municipalityMapMarkup } from './map.ts';
import { nationalGeometry } from './data/geometry.ts';

// Every municipality of the geometry, without coverage: enough for the picture's shapes.
const snapshot = {
	counties: [],
	municipalities: nationalGeometry().municipalities.features.map((f) => ({
		kommunenummer: String(f.id),
		name: String(f.id),
		name_norwegian: String(f.id),
		fylkesnummer: String(f.id).slice(0, 2),
		population: null,
		status: 'none',
		arrangement_id: null,
		arrangement_name: null,
		host_kommunenummer: null
	}))
} as unknown as MapSnapshot;

/** The points of an SVG path (its numbers in pairs; the compact paths use no h/v shorthands). */
const points = (d: string) => (d.match(/-?\d+/g) ?? []).length / 2;

describe('the municipality page’s picture (the stand-in before the interactive map)', () => {
	// Askøy (islands), Stavanger (fjords), Røst and Utsira (small islands far out), Oslo, Kautokeino (inland,
	// large). The national simplification draws each in a handful of points at this size.
	it.each(['4627', '1103', '1856', '1151', '0301', '5610'])(
		'draws %s from the finer per-county geometry, not the national simplification',
		(kommunenummer) => {
			const markup = municipalityMapMarkup(snapshot, kommunenummer)!;
			const drawn = markup.match(
				new RegExp(`d="([^"]*)" class="[^"]*" data-kommunenummer="${kommunenummer}"`)
			);
			expect(drawn).not.toBeNull();
			const coarse = renderMapPicture(nationalGeometry(), [kommunenummer])!.municipalities.find(
				(shape) => shape.kommunenummer === kommunenummer
			)!;
			expect(points(drawn![1])).toBeGreaterThan(6 * points(coarse.d));
		}
	);

	// The finer geometry is drawn only as far as the map box reaches: no heavier than the coarse picture was.
	it.each(['5501', '5610', '4601'])('keeps %s’s picture under 16 KB gzip', (kommunenummer) => {
		const markup = municipalityMapMarkup(snapshot, kommunenummer)!;
		expect(gzipSync(markup).length).toBeLessThan(16_000);
	});
});
