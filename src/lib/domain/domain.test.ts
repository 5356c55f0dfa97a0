// The status and phase tables against the real SQL (the migrations in PGlite): the names public.funding_phase
// gives, its shares and programme years, the codes of public.phase_code and public.status_code, and the
// codes public.coverage_timeline writes. A change on one side without the other fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { openEmbedded } from '$lib/server/db/embedded';
import { COVERAGE_STATUSES, STATUS_TABLE, statusOfCode } from './status.ts';
import { FUNDING_PHASES, NO_PHASE, PHASE_TABLE, phaseInProgrammeYear, phaseOfCode } from './phase.ts';

let db: PGlite;
beforeAll(async () => {
	db = await openEmbedded({ dataDir: 'memory://', demo: false });
});
afterAll(() => db?.close());

const one = async <T>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows[0];

describe('the funding phase table', () => {
	it('gives, for every programme year and for none, the phase and share public.funding_phase gives', async () => {
		const start = 2020;
		for (const programmeYear of [null, -3, 0, 1, 2, 3, 4, 5, 6, 7, 8, 20]) {
			const year = start + (programmeYear ?? 1) - 1;
			const sql = await one<{ phase: string; society_percent: number }>(
				'select phase, society_percent from public.funding_phase($1, $2)',
				[programmeYear === null ? null : start, year]
			);
			const phase = phaseInProgrammeYear(programmeYear);
			expect({ year: programmeYear, ...sql }).toEqual({
				year: programmeYear,
				phase: phase.name,
				society_percent: phase.societyPercent
			});
		}
	});

	it('names every phase public.funding_phase can give, and no other', async () => {
		const { names } = await one<{ names: string[] }>(
			`select array_agg(distinct f.phase) as names
			 from generate_series(-5, 15) n cross join lateral public.funding_phase(2020, 2020 + n) f`
		);
		expect([...names].sort()).toEqual([...FUNDING_PHASES].sort());
	});

	it('has the codes of public.phase_code, one each', async () => {
		for (const phase of PHASE_TABLE) {
			const { code } = await one<{ code: string }>('select public.phase_code($1) as code', [phase.name]);
			expect({ name: phase.name, code }).toEqual({ name: phase.name, code: phase.code });
			expect(phaseOfCode(code)).toBe(phase.code);
		}
		expect(new Set(PHASE_TABLE.map((p) => p.code)).size).toBe(PHASE_TABLE.length);
		expect(phaseOfCode(NO_PHASE.code)).toBe(NO_PHASE.code);
	});
});

describe('the status table', () => {
	it('has the codes of public.status_code, one each, for every status public.coverage_at can give', async () => {
		for (const status of STATUS_TABLE) {
			const { code } = await one<{ code: string }>('select public.status_code($1) as code', [status.name]);
			expect({ name: status.name, code }).toEqual({ name: status.name, code: status.code });
			expect(statusOfCode(code)).toBe(status.name);
		}
		const { check } = await one<{ check: string }>(
			`select pg_get_functiondef('public.coverage_at(date)'::regprocedure) as check`
		);
		for (const name of COVERAGE_STATUSES) expect(check).toContain(`'${name}'`);
	});

	it('reads the timeline public.coverage_timeline writes (status and phase codes per year)', async () => {
		await db.exec(`
			insert into public.arrangement (id, name, host_kommunenummer, started_on, cofunding_start_year)
			values ('00000000-0000-4000-8000-000000000001', 'Test', '0301', '2013-01-01', 2014),
			       ('00000000-0000-4000-8000-000000000002', 'Delt', '4601', '2015-01-01', null);
			insert into public.arrangement_member (arrangement_id, kommunenummer, valid_from)
			values ('00000000-0000-4000-8000-000000000001', '0301', '2013-01-01'),
			       ('00000000-0000-4000-8000-000000000002', '4601', '2015-01-01'),
			       ('00000000-0000-4000-8000-000000000002', '4627', '2015-01-01');
		`);
		const { timeline } = await one<{
			timeline: { statuses: Record<string, string>; phases: Record<string, string> };
		}>('select public.coverage_timeline(2012, 2022) as timeline');
		// Oslo: none in 2012, own from 2013; co-funding from 2014: waiting in 2013, then 75 % for three years,
		// 60, 40, 20 %, then municipal. Bergen and Askøy share one without co-funding from 2015.
		expect(timeline.statuses['0301']).toBe('n' + 'o'.repeat(10));
		expect(timeline.phases['0301']).toBe('-w777642mmm');
		expect(timeline.statuses['4601']).toBe('nnn' + 's'.repeat(8));
		expect(timeline.phases['4627']).toBe('---' + 'm'.repeat(8));
		expect([...timeline.phases['0301']].map(phaseOfCode).join('')).toBe(timeline.phases['0301']);
	});
});
