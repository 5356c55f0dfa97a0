// The data build on the real inputs (KOORDINATORKART_SOURCE or ../shared): counts, keys and sizes.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { resolveSource, readSourceText } from './source.ts';
import { parseReferenceData, type ReferenceData } from './reference.ts';
import {
	buildWebTopology,
	municipalityAdjacency,
	NATIONAL_VIEW,
	COUNTY_VIEW,
	rewindForSphere
} from './geometry.ts';
import { literal, insertRows, upsertRows } from './sql.ts';
import { buildData } from '../build-data.ts';
import { DATA_DIR, DATA_FILES } from './outputs.ts';

let reference: ReferenceData;
let source: Topology;

beforeAll(async () => {
	const dir = resolveSource();
	reference = parseReferenceData({
		counties: await readSourceText(dir, 'counties'),
		municipalities: await readSourceText(dir, 'municipalities'),
		population: await readSourceText(dir, 'population'),
		postalCodes: await readSourceText(dir, 'postalCodes')
	});
	source = JSON.parse(await readSourceText(dir, 'municipalityTopology')) as Topology;
});

describe('reference data', () => {
	it('has the 15 counties and 357 municipalities of 2024, with unique well-formed keys', () => {
		expect(reference.counties).toHaveLength(15);
		expect(reference.municipalities).toHaveLength(357);
		const numbers = new Set(reference.municipalities.map((m) => m.kommunenummer));
		expect(numbers.size).toBe(357);
		for (const m of reference.municipalities) {
			expect(m.kommunenummer).toMatch(/^\d{4}$/);
			expect(m.kommunenummer.slice(0, 2)).toBe(m.fylkesnummer);
		}
		const counties = new Set(reference.counties.map((c) => c.fylkesnummer));
		expect(reference.municipalities.every((m) => counties.has(m.fylkesnummer))).toBe(true);
	});

	it('keeps every official name form', () => {
		const kautokeino = reference.municipalities.find((m) => m.kommunenummer === '5612')!;
		expect(kautokeino.name).toBe('Guovdageaidnu - Kautokeino');
		expect(kautokeino.name_north_sami).toBe('Guovdageaidnu');
		expect(kautokeino.name_norwegian).toBe('Kautokeino');
		const porsanger = reference.municipalities.find((m) => m.kommunenummer === '5622')!;
		expect([porsanger.name_north_sami, porsanger.name_kven]).toEqual(['Porsáŋgu', 'Porsanki']);
		expect(reference.municipalities.filter((m) => m.sami_administrative_area)).toHaveLength(13);
	});

	it('has population 2024–2026 for every municipality, adding up to SSB national totals', () => {
		const years = [...new Set(reference.population.map((p) => p.year))].sort();
		expect(years).toEqual([2024, 2025, 2026]);
		expect(reference.population).toHaveLength(357 * 3);
		const total = (year: number) =>
			reference.population.filter((p) => p.year === year).reduce((sum, p) => sum + p.population, 0);
		expect(total(2024)).toBe(5_550_203);
		expect(total(2025)).toBe(5_594_340);
	});

	it('resolves every postal code to a 2024 municipality, leaving out Svalbard and Jan Mayen', () => {
		const numbers = new Set(reference.municipalities.map((m) => m.kommunenummer));
		expect(reference.postalCodes).toHaveLength(5114);
		expect(reference.postalCodes.every((p) => numbers.has(p.kommunenummer))).toBe(true);
		expect(reference.postalCodes.some((p) => ['2100', '2211'].includes(p.kommunenummer))).toBe(false);
		expect(new Set(reference.postalCodes.map((p) => p.kommunenummer)).size).toBe(357);
		expect(reference.postalCodes.find((p) => p.postnummer === '5300')).toMatchObject({
			poststed: 'KLEPPESTØ',
			kommunenummer: '4627'
		});
		expect(new Set(reference.postalCodes.map((p) => p.postnummer)).size).toBe(5114);
	});
});

describe('web topology', () => {
	for (const [name, options, maxGzip] of [
		['national', NATIONAL_VIEW, 200_000],
		['county', COUNTY_VIEW, 200_000]
	] as const) {
		it(`${name} view: 357 municipalities, 15 counties, one outline, quantized, at most 200 KB gzip`, () => {
			const web = buildWebTopology(source, options);
			const municipalities = web.objects.municipalities as GeometryCollection;
			const ids = municipalities.geometries.map((g) => String(g.id));
			expect(new Set(ids)).toEqual(new Set(reference.municipalities.map((m) => m.kommunenummer)));
			expect(municipalities.geometries.every((g) => 'arcs' in g && g.arcs.length > 0)).toBe(true);
			expect((web.objects.counties as GeometryCollection).geometries.map((g) => g.id)).toEqual(
				reference.counties.map((c) => c.fylkesnummer).sort()
			);
			expect((web.objects.outline as GeometryCollection).geometries).toHaveLength(1);
			expect(web.transform).toBeDefined();
			expect(gzipSync(JSON.stringify(web)).length).toBeLessThanOrEqual(maxGzip);
		});
	}

	it('simplification keeps about the requested share of points', () => {
		const points = (web: ReturnType<typeof buildWebTopology>) =>
			web.arcs.reduce((sum, arc) => sum + arc.length, 0);
		const all = points(buildWebTopology(source, { ...NATIONAL_VIEW, keep: 1 }));
		const national = points(buildWebTopology(source, NATIONAL_VIEW));
		// Arc ends are never dropped, so a little more than the share survives.
		expect(national / all).toBeGreaterThan(NATIONAL_VIEW.keep * 0.9);
		expect(national / all).toBeLessThan(NATIONAL_VIEW.keep + 0.15);
	});

	it('winds rings the way d3-geo reads them on the sphere', () => {
		const square = [
			[10, 60],
			[11, 60],
			[11, 61],
			[10, 61],
			[10, 60]
		];
		const [outer] = rewindForSphere([square]);
		const [again] = rewindForSphere([[...square].reverse()]);
		expect(outer).toEqual(again);
	});

	it('finds neighbours through shared borders, symmetrically', () => {
		const adjacency = municipalityAdjacency(source);
		expect(adjacency.size).toBe(357);
		expect(adjacency.get('0301')).toEqual(expect.arrayContaining(['3201', '3207', '3222']));
		for (const [a, list] of adjacency) for (const b of list) expect(adjacency.get(b)).toContain(a);
	});
});

describe('build outputs', () => {
	it('are written to the ignored data folder and not rebuilt when nothing changed', async () => {
		const messages: string[] = [];
		await buildData({ log: (m) => messages.push(m) });
		expect(messages.at(-1)).toMatch(/up to date|built/);
		await buildData({ log: (m) => messages.push(m) });
		expect(messages.at(-1)).toContain('up to date');
		const national = JSON.parse(
			readFileSync(`${DATA_DIR}/${DATA_FILES.nationalTopology}`, 'utf8')
		) as Topology;
		expect((national.objects.municipalities as GeometryCollection).geometries).toHaveLength(357);
		const referenceSql = readFileSync(`${DATA_DIR}/${DATA_FILES.referenceSql}`, 'utf8');
		expect(referenceSql).toContain("('5612', '56', 'Guovdageaidnu - Kautokeino'");
		expect(referenceSql).not.toMatch(/'9170'|'8099'/);
	});
});

describe('SQL writer', () => {
	it('quotes text safely and writes nulls and numbers plainly', () => {
		expect(literal("O'Brien; drop table x; --")).toBe("'O''Brien; drop table x; --'");
		expect(literal(null)).toBe('null');
		expect(literal(12.5)).toBe('12.5');
		expect(literal(false)).toBe('false');
		expect(() => literal(Number.NaN)).toThrow();
		expect(insertRows('t', ['a', 'b'], [{ a: 1, b: 'x' }])).toBe(
			"insert into t (a, b) values\n  (1, 'x');\n"
		);
		expect(
			upsertRows(
				't',
				['a', 'b', 'c'],
				'a',
				[
					{ a: 1, b: 'x', c: null },
					{ a: 2, b: 'y', c: 3 }
				],
				1
			)
		).toBe(
			"insert into t (a, b, c) values\n  (1, 'x', null)\non conflict (a) do update set b = excluded.b, c = excluded.c;\n\n" +
				"insert into t (a, b, c) values\n  (2, 'y', 3)\non conflict (a) do update set b = excluded.b, c = excluded.c;\n"
		);
	});
});
