import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { municipalityLocator } from './locate.ts';
import { mapGeometryFrom } from './geometry-client.ts';
import { DATA_DIR, DATA_FILES } from '$lib/server/data/files';

const locator = municipalityLocator(
	mapGeometryFrom(JSON.parse(readFileSync(`${DATA_DIR}/${DATA_FILES.countyTopology}`, 'utf8')) as Topology)
		.municipalities
);

describe('municipality at a position', () => {
	it.each([
		['Askøy, Kleppestø', [5.225, 60.41], '4627'],
		['Oslo, Karl Johans gate', [10.74, 59.913], '0301'],
		['Tromsø centre', [18.955, 69.649], '5501'],
		['Kautokeino village', [23.04, 69.01], '5612'],
		['Bergen, Bryggen', [5.324, 60.397], '4601']
	] as const)('%s', (_, point, kommunenummer) => expect(locator.locate([...point])).toBe(kommunenummer));

	it.each([
		['Stockholm', [18.07, 59.33]],
		['Copenhagen', [12.57, 55.68]],
		['the North Sea', [3.0, 58.0]],
		['Svalbard', [15.6, 78.2]]
	] as const)('%s is not in any municipality', (_, point) => expect(locator.locate([...point])).toBeNull());
});
