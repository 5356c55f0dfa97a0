import { beforeAll, describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { resolveSource, readSourceText } from './source.ts';
import { parseReferenceData } from './reference.ts';
import { municipalityAdjacency } from './geometry.ts';
import { generateDemoData, emailLocalPart, type DemoData, type DemoMunicipality } from './demo.ts';
import { DEMO_SEED, DEMO_TODAY } from './outputs.ts';
import { NORWEGIAN_PHONE } from '../../src/lib/domain/fields.ts';

let municipalities: DemoMunicipality[];
let adjacency: Map<string, string[]>;
let demo: DemoData;

beforeAll(async () => {
	const dir = resolveSource();
	const reference = parseReferenceData({
		counties: await readSourceText(dir, 'counties'),
		municipalities: await readSourceText(dir, 'municipalities'),
		population: await readSourceText(dir, 'population'),
		postalCodes: await readSourceText(dir, 'postalCodes')
	});
	const population = new Map(
		reference.population.filter((p) => p.year === 2026).map((p) => [p.kommunenummer, p.population])
	);
	municipalities = reference.municipalities.map((m) => ({
		...m,
		population: population.get(m.kommunenummer)!
	}));
	adjacency = municipalityAdjacency(
		JSON.parse(await readSourceText(dir, 'municipalityTopology')) as Topology
	);
	demo = generateDemoData(municipalities, adjacency, { seed: DEMO_SEED, today: DEMO_TODAY });
});

const activeMembers = (data: DemoData) => data.members.filter((m) => m.valid_to === null);

describe('demo data', () => {
	it('is the same every time for the same seed, and different for another', () => {
		expect(generateDemoData(municipalities, adjacency, { seed: DEMO_SEED, today: DEMO_TODAY })).toEqual(demo);
		expect(generateDemoData(municipalities, adjacency, { seed: 7, today: DEMO_TODAY })).not.toEqual(demo);
	});

	it('puts each municipality in at most one arrangement', () => {
		const numbers = demo.members.map((m) => m.kommunenummer);
		expect(new Set(numbers).size).toBe(numbers.length);
	});

	it('gives the large cities their own coordinator and leaves some municipalities without', () => {
		const sizeOf = new Map<string, number>();
		for (const m of activeMembers(demo))
			sizeOf.set(m.arrangement_id, (sizeOf.get(m.arrangement_id) ?? 0) + 1);
		const arrangementOf = new Map(activeMembers(demo).map((m) => [m.kommunenummer, m.arrangement_id]));
		for (const city of ['0301', '4601', '5001', '1103']) {
			expect(sizeOf.get(arrangementOf.get(city)!)).toBe(1);
		}
		const uncovered = municipalities.filter((m) => !arrangementOf.has(m.kommunenummer)).length;
		expect(uncovered).toBeGreaterThan(357 * 0.04);
		expect(uncovered).toBeLessThan(357 * 0.25);
		expect([...sizeOf.values()].filter((n) => n > 1).length).toBeGreaterThan(30);
	});

	it('builds inter-municipal arrangements of neighbours in one county', () => {
		const byArrangement = new Map<string, string[]>();
		for (const m of demo.members)
			byArrangement.set(m.arrangement_id, [...(byArrangement.get(m.arrangement_id) ?? []), m.kommunenummer]);
		for (const members of byArrangement.values()) {
			if (members.length < 2) continue;
			expect(new Set(members.map((k) => k.slice(0, 2))).size).toBe(1);
			for (const k of members) expect(members.some((other) => adjacency.get(k)!.includes(other))).toBe(true);
		}
	});

	it('starts arrangements from 2012 with co-funding from the start year or none', () => {
		for (const a of demo.arrangements) {
			expect(a.started_on >= '2012-01-01' && a.started_on <= DEMO_TODAY).toBe(true);
			if (a.cofunding_start_year !== null)
				expect(a.cofunding_start_year).toBe(Number(a.started_on.slice(0, 4)));
			if (a.ended_on) expect(a.ended_on > a.started_on).toBe(true);
		}
		expect(demo.arrangements.some((a) => a.ended_on !== null)).toBe(true);
	});

	it('uses fictional people on reserved addresses, valid for the database', () => {
		for (const c of demo.coordinators) {
			expect(c.email).toMatch(/^[a-z0-9.]+@example\.org$/);
			expect(c.phone).toMatch(NORWEGIAN_PHONE);
		}
		const primaries = demo.arrangementCoordinators.filter((l) => l.role === 'primary');
		expect(new Set(primaries.map((l) => l.arrangement_id)).size).toBe(demo.arrangements.length);
		expect(demo.services.every((s) => s.url?.startsWith('https://example.org/'))).toBe(true);
		expect(new Set(demo.coordinators.map((c) => c.email)).size).toBe(demo.coordinators.length);
	});

	it('spells Norwegian and Sami names in e-mail addresses as plain ASCII', () => {
		expect(emailLocalPart('Håkon Nygård')).toBe('hakon.nygard');
		expect(emailLocalPart('Áile Hætta')).toBe('aile.haetta');
		expect(emailLocalPart('Øystein Aas')).toBe('oystein.aas');
	});
});
