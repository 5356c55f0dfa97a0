import { describe, expect, it } from 'vitest';
import { nearestCovered } from './nearest.ts';
import type { SnapshotMunicipality } from '$lib/coverage/schema';

const municipality = (
	kommunenummer: string,
	status: SnapshotMunicipality['status']
): SnapshotMunicipality => ({
	kommunenummer,
	name: kommunenummer,
	name_norwegian: kommunenummer,
	fylkesnummer: kommunenummer.slice(0, 2),
	population: 1,
	status,
	arrangement_id: null,
	arrangement_name: null,
	host_kommunenummer: null
});

// Bergen, Askøy, Alver, Oslo (approximate centres).
const centroids = new Map<string, [number, number]>([
	['4601', [5.33, 60.39]],
	['4627', [5.15, 60.45]],
	['4631', [5.22, 60.65]],
	['0301', [10.75, 59.91]]
]);

describe('nearest municipalities with a coordinator', () => {
	it('ranks covered municipalities by distance and skips uncovered ones and itself', () => {
		const list = nearestCovered(
			'4627',
			[
				municipality('4601', 'own'),
				municipality('4627', 'none'),
				municipality('4631', 'none'),
				municipality('0301', 'own')
			],
			centroids
		);
		expect(list.map((m) => m.kommunenummer)).toEqual(['4601', '0301']);
		expect(list[0].distance_km).toBeGreaterThan(5);
		expect(list[0].distance_km).toBeLessThan(20);
		expect(list[1].distance_km).toBeGreaterThan(300);
	});

	it('gives nothing for an unknown municipality', () => {
		expect(nearestCovered('9999', [municipality('4601', 'own')], centroids)).toEqual([]);
	});
});
