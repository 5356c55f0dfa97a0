// The embedded default end to end: migrations, reference data and demo data in PGlite, read through the
// transport as an anonymous visitor, results checked against the TypeScript shapes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { embeddedTransport, openEmbedded } from './embedded.ts';
import { publicData, type PublicData } from './index.ts';

let db: PGlite;
let data: PublicData;

beforeAll(async () => {
	db = await openEmbedded({ dataDir: 'memory://' });
	data = publicData(embeddedTransport(db));
});
afterAll(() => db.close());

describe('embedded database', () => {
	it('serves the map snapshot for all 357 municipalities, marked as demo data', async () => {
		const snapshot = await data.mapSnapshot();
		expect(snapshot.municipalities).toHaveLength(357);
		expect(snapshot.counties).toHaveLength(15);
		expect(snapshot.is_demo).toBe(true);
		const national = snapshot.summary.find((s) => s.fylkesnummer === null)!;
		expect(national.own + national.inter_municipal + national.uncovered).toBe(357);
		expect(national.covered).toBe(snapshot.municipalities.filter((m) => m.status !== 'none').length);
	});

	it('gives a municipality with its arrangement, members, coordinators and services', async () => {
		const snapshot = await data.mapSnapshot();
		const shared = snapshot.municipalities.find((m) => m.status === 'inter_municipal')!;
		const detail = (await data.municipalityDetail(shared.kommunenummer))!;
		expect(detail.status).toBe('inter_municipal');
		expect(detail.arrangement!.members.length).toBeGreaterThan(1);
		expect(detail.arrangement!.members.map((m) => m.kommunenummer)).toContain(shared.kommunenummer);
		expect(detail.arrangement!.members.filter((m) => m.is_host)).toHaveLength(1);
		expect(detail.arrangement!.coordinators.filter((c) => c.role === 'primary')).toHaveLength(1);
	});

	it('answers null for an unknown municipality and explains nothing is covered for one without', async () => {
		expect(await data.municipalityDetail('9999')).toBeNull();
		const snapshot = await data.mapSnapshot();
		const none = snapshot.municipalities.find((m) => m.status === 'none')!;
		const detail = (await data.municipalityDetail(none.kommunenummer))!;
		expect(detail.arrangement).toBeNull();
	});

	it('reads the past: fewer municipalities were covered in 2013 than today', async () => {
		const then = await data.mapSnapshot('2013-12-31');
		const now = await data.mapSnapshot();
		const covered = (s: typeof now) => s.municipalities.filter((m) => m.status !== 'none').length;
		expect(covered(then)).toBeLessThan(covered(now));
		expect(then.population_year).toBe(2024);
	});

	it('gives the whole public snapshot in one call, and a version that changes with every edit, deletes too', async () => {
		const snapshot = await data.publicSnapshot();
		expect(Object.keys(snapshot.details)).toHaveLength(357);
		expect(snapshot.details['4627'].name).toBe('Askøy');
		expect(snapshot.map.municipalities).toHaveLength(357);
		const before = await data.dataVersion();
		expect(await data.dataVersion()).toBe(before);
		await db.query(
			`update public.coordinator set title = 'Kreftkoordinator' where id = (select id from public.coordinator limit 1)`
		);
		const afterUpdate = await data.dataVersion();
		expect(afterUpdate).not.toBe(before);
		await db.query(`delete from public.service where id = (select id from public.service limit 1)`);
		expect(await data.dataVersion()).not.toBe(afterUpdate);
	});

	it('calls SQL as the anon role with anonymous claims, as Supabase would, so row-level security applies', async () => {
		await db.exec(`create or replace function public.test_whoami() returns jsonb language sql as
			$$ select jsonb_build_object('role', current_user, 'claims', auth.jwt(), 'uid', auth.uid()) $$;
			grant execute on function public.test_whoami() to anon;`);
		const transport = embeddedTransport(db);
		expect(await transport.rpc('test_whoami', {})).toEqual({
			role: 'anon',
			claims: { role: 'anon' },
			uid: null
		});
		expect((await db.query<{ u: string }>('select current_user as u')).rows[0].u).toBe('postgres');
	});

	it('refuses function and argument names that are not plain identifiers', async () => {
		const transport = embeddedTransport(db);
		await expect(
			transport.rpc('municipality_detail', { 'p_kommunenummer); drop table x; --': '0301' })
		).rejects.toThrow(/identifier/);
		await expect(transport.rpc('map_snapshot(); select 1', {})).rejects.toThrow(/identifier/);
	});

	it('keeps a persisted database and its edits when opened again', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'koordinatorkart-'));
		try {
			const first = await openEmbedded({ dataDir: dir });
			await first.query(
				`update public.arrangement set name = 'Endret navn' where host_kommunenummer = '0301'`
			);
			const arrangements = (
				await first.query<{ n: number }>('select count(*)::int as n from public.arrangement')
			).rows[0].n;
			await first.close();
			const again = await openEmbedded({ dataDir: dir });
			expect(
				(await again.query<{ n: number }>('select count(*)::int as n from public.arrangement')).rows[0].n
			).toBe(arrangements);
			expect(
				(await again.query(`select 1 from public.arrangement where name = 'Endret navn'`)).rows
			).toHaveLength(1);
			await again.close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('embedded staff sessions', () => {
	it('end at sign-out and when the password changes, as in Supabase mode', async () => {
		const transport = embeddedTransport(db);
		const userId = await transport.accounts!.create({
			email: 'okt-test@example.org',
			password: 'et-langt-passord-for-test',
			role: 'editor'
		});
		const caller = { userId, email: 'okt-test@example.org' };
		const expires = new Date(Date.now() + 3600_000).toISOString();
		const open = (id: string) => transport.rpc<boolean>('staff_session_active', { p_session_id: id }, caller);
		const [first, second] = [crypto.randomUUID(), crypto.randomUUID()];
		await transport.rpc('begin_staff_session', { p_session_id: first, p_expires_at: expires }, caller);
		await transport.rpc('begin_staff_session', { p_session_id: second, p_expires_at: expires }, caller);
		expect(await open(first)).toBe(true);
		await transport.rpc('end_staff_session', { p_session_id: first }, caller);
		expect(await open(first)).toBe(false);
		expect(await open(second)).toBe(true);
		await db.query(`update koordinatorkart_embedded.account set password_hash = 'ny' where user_id = $1`, [
			userId
		]);
		expect(await open(second)).toBe(false);
	});
});
