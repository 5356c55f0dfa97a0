// The map's levels of detail on the real inputs: at every zoom up to a municipality filling a laptop's
// screen, the level the map picks there draws every municipality's boundary within 1.5 CSS px of the most
// detailed input (Kommuner-M), counting MapLibre's own simplification; and the national level stays within
// the bytes of the file the map loaded before there were levels.
import { beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import { geoArea } from 'd3-geo';
import { locateInDetail } from '../../src/lib/map/locate.ts';
import { countyDetailFrom } from '../../src/lib/map/detail-compose.ts';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Position } from 'geojson';
import { readSourceText, resolveSource } from './source.ts';
import { sourcePolygons } from './geometry.ts';
import { buildCountyLevel, buildNationalLevel, douglasPeucker } from './detail.ts';
import { boundaryDeviation, mercatorPixels, ringsOf } from './deviation.ts';
import {
	DETAIL_LEVELS,
	DRAWN_TOLERANCE_PX,
	TILING_TOLERANCE_PX,
	detailLevelAt,
	type DetailLevel
} from '../../src/lib/map/detail-levels.ts';

/** The laptop screen of the issue, less the padding the map fits a place with. */
const SCREEN = { width: 1366 - 48, height: 900 - 48 };
/** Bytes (gzip) of the file the interactive map loaded at every zoom before there were levels. */
const FORMER_MAP_FILE_GZIP = 80_579;

let reference: Map<string, Position[][]>;
const drawn = new Map<DetailLevel['name'], Map<string, Position[][]>>();
let national: ReturnType<typeof buildNationalLevel>;
let counties: ReturnType<typeof buildCountyLevel>;

const ringsById = (collection: FeatureCollection) =>
	new Map(collection.features.map((f) => [String(f.id), ringsOf(f.geometry as never)]));

beforeAll(async () => {
	const source = JSON.parse(
		await readSourceText(resolveSource(), 'detailedMunicipalityTopology')
	) as Topology;
	reference = new Map([...sourcePolygons(source)].map(([id, polygons]) => [id, polygons.flat()]));
	national = buildNationalLevel(source);
	counties = buildCountyLevel(source);
	drawn.set('national', ringsById(feature(national, national.objects.municipalities) as FeatureCollection));
	const countyRings = new Map<string, Position[][]>();
	for (const county of counties.values())
		for (const [id, rings] of ringsById(
			feature(county, county.objects.municipalities as GeometryCollection) as FeatureCollection
		))
			countyRings.set(id, rings);
	drawn.set('county', countyRings);
}, 120_000);

/** The zoom at which a municipality fills the screen (its box fitted, as the map fits a place). */
function fillZoom(rings: Position[][]): number {
	const points = rings.flat().map(mercatorPixels);
	const xs = points.map((p) => p[0]);
	const ys = points.map((p) => p[1]);
	const [width, height] = [Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)];
	return Math.log2(Math.min(SCREEN.width / width, SCREEN.height / height));
}

describe('levels of detail', () => {
	it('draw every municipality within 1.5 CSS px of Kommuner-M at every zoom up to filling the screen', () => {
		const worst = new Map<string, { kommunenummer: string; zoom: number; px: number }>();
		const all: number[] = [];
		for (const [kommunenummer, rings] of reference) {
			const deviation = new Map(
				DETAIL_LEVELS.map((level) => [
					level.name,
					boundaryDeviation(drawn.get(level.name)!.get(kommunenummer)!, rings)
				])
			);
			const last = fillZoom(rings);
			for (let zoom = 0; zoom <= last + 0.25; zoom += 0.25) {
				const z = Math.min(zoom, last);
				const level = detailLevelAt(z);
				const px = deviation.get(level.name)! * 2 ** z + TILING_TOLERANCE_PX;
				all.push(px);
				if (px > (worst.get(level.name)?.px ?? 0)) worst.set(level.name, { kommunenummer, zoom: z, px });
			}
		}
		all.sort((a, b) => a - b);
		console.log(
			`deviation from Kommuner-M incl. MapLibre's ${TILING_TOLERANCE_PX} px: ` +
				[...worst]
					.map(
						([name, w]) =>
							`${name} worst ${w.px.toFixed(2)} px (${w.kommunenummer} at zoom ${w.zoom.toFixed(2)})`
					)
					.join(', ') +
				`; p99 ${all[Math.floor(all.length * 0.99)].toFixed(2)} px`
		);
		expect(worst.size).toBe(DETAIL_LEVELS.length);
		for (const w of worst.values()) expect(w.px).toBeLessThanOrEqual(DRAWN_TOLERANCE_PX);
	}, 300_000);

	it('reach the zoom at which the smallest municipality fills the screen', () => {
		const deepest = Math.max(...[...reference.values()].map(fillZoom));
		expect(deepest).toBeGreaterThan(12);
		expect(DETAIL_LEVELS.at(-1)!.untilZoom).toBeGreaterThanOrEqual(deepest);
	});

	it('need the finer level up close: the national level alone strays from Askøy (4627) at its own zoom', () => {
		const askoy = reference.get('4627')!;
		const zoom = fillZoom(askoy);
		const px = (name: DetailLevel['name']) =>
			boundaryDeviation(drawn.get(name)!.get('4627')!, askoy) * 2 ** zoom + TILING_TOLERANCE_PX;
		expect(px('national')).toBeGreaterThan(3 * DRAWN_TOLERANCE_PX);
		expect(px('county')).toBeLessThanOrEqual(DRAWN_TOLERANCE_PX);
		// Askøy's islands and coves: the county level keeps them.
		const vertices = (name: DetailLevel['name']) => drawn.get(name)!.get('4627')!.flat().length;
		expect(vertices('county')).toBeGreaterThan(3 * vertices('national'));
		expect(drawn.get('county')!.get('4627')!.length).toBeGreaterThan(
			drawn.get('national')!.get('4627')!.length
		);
	});

	it('keep the national level within the bytes of the file the map loaded before', () => {
		expect(gzipSync(JSON.stringify(national)).length).toBeLessThanOrEqual(FORMER_MAP_FILE_GZIP);
		const ids = (national.objects.municipalities as GeometryCollection).geometries.map((g) => String(g.id));
		expect(new Set(ids)).toEqual(new Set(reference.keys()));
	});

	it('keep every part of every municipality the right way round for d3-geo (else "use my location" finds it everywhere)', () => {
		const inverted = (topology: Topology) =>
			(feature(topology, topology.objects.municipalities) as FeatureCollection).features.flatMap((f) =>
				(f.geometry.type === 'Polygon'
					? [f.geometry.coordinates]
					: f.geometry.type === 'MultiPolygon'
						? f.geometry.coordinates
						: []
				)
					.filter((polygon) => geoArea({ type: 'Polygon', coordinates: polygon }) > 2 * Math.PI)
					.map(() => String(f.id))
			);
		expect(inverted(national)).toEqual([]);
		for (const [fylkesnummer, county] of counties)
			expect(inverted(county), `county ${fylkesnummer}`).toEqual([]);
	});

	it('place a position as "use my location" does: the national level, then the county detail near it', async () => {
		const nationalFeatures = feature(national, national.objects.municipalities) as FeatureCollection;
		const countyMunicipalities = async (fylkesnummer: string) =>
			countyDetailFrom(counties.get(fylkesnummer)! as never).municipalities;
		// On Askøy, where the national level's simplified shape of Bergen reaches.
		expect(await locateInDetail([5.225, 60.41], nationalFeatures, countyMunicipalities)).toBe('4627');
		expect(await locateInDetail([5.33, 60.39], nationalFeatures, countyMunicipalities)).toBe('4601');
		expect(await locateInDetail([10.75, 59.91], nationalFeatures, countyMunicipalities)).toBe('0301');
		// In Sweden: nowhere.
		expect(await locateInDetail([18.07, 59.33], nationalFeatures, countyMunicipalities)).toBeNull();
	});

	it('put every municipality in its own county file, with that county’s outline and borders', () => {
		expect([...counties.keys()]).toHaveLength(15);
		const seen: string[] = [];
		for (const [fylkesnummer, county] of counties) {
			const ids = (county.objects.municipalities as GeometryCollection).geometries.map((g) => String(g.id));
			expect(ids.every((id) => id.startsWith(fylkesnummer))).toBe(true);
			seen.push(...ids);
			expect((county.objects.countyBorders as GeometryCollection).geometries).toHaveLength(1);
		}
		expect(new Set(seen)).toEqual(new Set(reference.keys()));
		// Oslo's county is all coast and county border; Nordland reaches the national border too.
		expect((counties.get('18')!.objects.outline as GeometryCollection).geometries).toHaveLength(1);
	});
});

describe('Douglas–Peucker in screen pixels', () => {
	it('keeps a line within the tolerance and a ring as an area', () => {
		const line: Position[] = Array.from({ length: 200 }, (_, i) => [5 + i / 100, 60 + Math.sin(i / 7) / 50]);
		const tolerance = 0.01;
		const kept = douglasPeucker(line, tolerance);
		expect(kept.length).toBeLessThan(line.length);
		expect(kept[0]).toEqual(line[0]);
		expect(kept.at(-1)).toEqual(line.at(-1));
		const deviation = boundaryDeviation([kept], [line]);
		expect(deviation).toBeLessThanOrEqual(tolerance * 1.0001);
		const ring: Position[] = [
			[5, 60],
			[5.0001, 60],
			[5.0001, 60.0001],
			[5, 60.0001],
			[5, 60]
		];
		expect(douglasPeucker(ring, 1).length).toBeGreaterThanOrEqual(4);
	});
});
