// The Supabase transport calls the same SQL functions through PostgREST's /rpc endpoint with the anon key.
// No Supabase project is reachable here, so PostgREST is played by the stand-in in scripts/testing, which
// runs the same SQL in PGlite: the pages get the same JSON either way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { supabaseTransport } from '../../src/lib/server/db/supabase.ts';
import { DatabaseRefusal } from '../../src/lib/server/db/transport.ts';
import { embeddedTransport, openEmbedded } from '../../src/lib/server/db/embedded.ts';
import { publicData } from '../../src/lib/server/db/index.ts';
import { rpcResponse } from './fake-postgrest.ts';

let db: PGlite;
const requests: { url: string; body: unknown; apikey: string | null }[] = [];

beforeAll(async () => {
	db = await openEmbedded({ dataDir: 'memory://' });
});
afterAll(() => db.close());

const fakePostgrest: typeof fetch = async (input, init) => {
	const url = String(input instanceof Request ? input.url : input);
	const headers = new Headers(init?.headers);
	const body = String(init?.body ?? '');
	requests.push({ url, body: body ? JSON.parse(body) : {}, apikey: headers.get('apikey') });
	const { status, json } = await rpcResponse(db, init?.method ?? 'GET', new URL(url).pathname, body);
	return new Response(JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } });
};

describe('Supabase transport', () => {
	it('posts to /rest/v1/rpc/<function> with the named arguments and the anon key', async () => {
		const data = publicData(supabaseTransport('https://project.supabase.example', 'anon-key', fakePostgrest));
		const detail = await data.municipalityDetail('4627', '2024-06-30');
		expect(detail?.name).toBe('Askøy');
		const last = requests.at(-1)!;
		expect(new URL(last.url).pathname).toBe('/rest/v1/rpc/municipality_detail');
		expect(last.body).toEqual({ p_kommunenummer: '4627', p_at: '2024-06-30' });
		expect(last.apikey).toBe('anon-key');
	});

	it('returns the same snapshot as the embedded transport', async () => {
		const viaSupabase = await publicData(
			supabaseTransport('https://p.supabase.example', 'k', fakePostgrest)
		).mapSnapshot('2020-12-31');
		const viaEmbedded = await publicData(embeddedTransport(db)).mapSnapshot('2020-12-31');
		expect(viaSupabase).toEqual(viaEmbedded);
	});

	it('passes a refusal from PostgreSQL on with its SQLSTATE and constraint', async () => {
		const failing: typeof fetch = async () =>
			new Response(
				JSON.stringify({ message: 'permission denied for function map_snapshot', code: '42501' }),
				{
					status: 401,
					headers: { 'content-type': 'application/json' }
				}
			);
		const refusal = await supabaseTransport('https://p.supabase.example', 'k', failing)
			.rpc('map_snapshot', {})
			.catch((error: unknown) => error);
		expect(refusal).toBeInstanceOf(DatabaseRefusal);
		expect(refusal).toMatchObject({ code: '42501', message: 'permission denied for function map_snapshot' });
		const constraint: typeof fetch = async () =>
			Response.json(
				{
					message: 'conflicting key value violates exclusion constraint "arrangement_member_no_overlap"',
					code: '23P01'
				},
				{ status: 409 }
			);
		await expect(
			supabaseTransport('https://p.supabase.example', 'k', constraint).rpc('save_arrangement', {})
		).rejects.toMatchObject({
			code: '23P01',
			constraint: 'arrangement_member_no_overlap'
		});
	});

	it('turns other failures (PostgREST itself, the network) into an error that names the function', async () => {
		const down: typeof fetch = async () =>
			Response.json({ message: 'Could not connect', code: 'PGRST000' }, { status: 503 });
		const error = await supabaseTransport('https://p.supabase.example', 'k', down)
			.rpc('map_snapshot', {})
			.catch((e: unknown) => e);
		expect(error).not.toBeInstanceOf(DatabaseRefusal);
		expect(String(error)).toMatch(/Supabase map_snapshot: Could not connect/);
	});
});
