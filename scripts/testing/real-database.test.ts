// Properties of the data model that need a real PostgreSQL and more than one transaction (pgTAP tests run in
// one): the history (random staff work and undos, property-based with fast-check) and the one-admin guarantee
// under two concurrent sessions. The database is made as for the SQL tests (test-database.ts): the Supabase
// CLI pushes the migrations, then the seeds; each property run gets a copy of it.
//
// Runs: KOORDINATORKART_HISTORY_RUNS (default 20), seed KOORDINATORKART_HISTORY_SEED (default fixed, so CI
// is reproducible); `npm run test:history` runs many more with a new seed, which it prints.
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionFor, createTestDatabase, serverAvailable, TEST_DATABASE } from './test-database.ts';
import {
	asEditor,
	auditState,
	content,
	operation,
	runOperation,
	saveRecords,
	type Operation
} from './history-model.ts';

const TEMPLATE = `${TEST_DATABASE}_history`;
const RUN = `${TEST_DATABASE}_history_run`;
const RUNS = Number(process.env.KOORDINATORKART_HISTORY_RUNS ?? 20);
const SEED = Number(process.env.KOORDINATORKART_HISTORY_SEED ?? 20261201);

const available = await serverAvailable('real-database tests');

async function admin<T>(fn: (db: pg.Client) => Promise<T>): Promise<T> {
	const db = new pg.Client(connectionFor('postgres'));
	await db.connect();
	try {
		return await fn(db);
	} finally {
		await db.end();
	}
}

let editor = '';
let freeMunicipalities: string[] = [];

describe.skipIf(!available)('on a real PostgreSQL', () => {
	beforeAll(async () => {
		await createTestDatabase(TEMPLATE);
		const db = new pg.Client(connectionFor(TEMPLATE));
		await db.connect();
		editor = (
			await db.query<{ user_id: string }>(
				`insert into public.staff (user_id, email, role) values (gen_random_uuid(), 'redaktor@example.org', 'editor')
				 returning user_id`
			)
		).rows[0].user_id;
		// Municipalities never in an arrangement: new arrangements and members are drawn from these.
		freeMunicipalities = (
			await db.query<{ kommunenummer: string }>(
				`select kommunenummer from public.municipality mu
				 where not exists (select 1 from public.arrangement_member m where m.kommunenummer = mu.kommunenummer)
				 order by kommunenummer`
			)
		).rows.map((r) => r.kommunenummer);
		await db.end();
	}, 300_000);

	afterAll(async () => {
		await admin(async (db) => {
			await db.query(`drop database if exists ${RUN} with (force)`);
			await db.query(`drop database if exists ${TEMPLATE} with (force)`);
		});
	});

	async function freshCopy(): Promise<pg.Client> {
		await admin(async (db) => {
			await db.query(`drop database if exists ${RUN} with (force)`);
			await db.query(`create database ${RUN} template ${TEMPLATE}`);
		});
		const db = new pg.Client(connectionFor(RUN));
		await db.connect();
		return db;
	}

	const undo = async (db: pg.Client, id: number) => {
		const result = await asEditor<{ r: { status: string } }>(
			db,
			editor,
			'select public.undo_change($1) as r',
			[id]
		);
		if (!result.ok) throw new Error(`undo_change(${id}) raised: ${result.error}`);
		return result.rows[0].r;
	};

	// What the runs did, so that a run that tested nothing shows (and fails below).
	const tally = { applied: 0, refusedOperations: 0, undone: 0, refusedUndos: 0, newestFirst: 0 };

	async function check(ops: Operation[]) {
		const db = await freshCopy();
		try {
			const initial = await content(db);
			const saves: number[] = [];
			let log = await auditState(db);
			for (const op of ops) {
				const before = await content(db);
				if (op.kind === 'undo') {
					if (saves.length === 0) continue;
					const target = saves[op.pick % saves.length];
					const records = await saveRecords(db, target);
					const result = await undo(db, target);
					const after = await content(db);
					if (result.status === 'undone') {
						tally.undone++;
						for (const [key, record] of records) {
							// Nothing later is lost: the save's records were as the save left them …
							expect(before.get(key) ?? null, `${key} had changed since save ${target}`).toBe(record.after);
							// … and they are as they were before it.
							expect(after.get(key) ?? null, `${key} after undoing save ${target}`).toBe(record.before);
						}
						for (const key of new Set([...before.keys(), ...after.keys()])) {
							if (!records.has(key))
								expect(after.get(key), `${key} is not part of save ${target}`).toBe(before.get(key));
						}
					} else {
						tally.refusedUndos++;
						expect(['changed_since', 'refused']).toContain(result.status);
						expect(after, `a refused undo of save ${target} changed nothing`).toEqual(before);
					}
				} else {
					if (await runOperation(db, editor, op, freeMunicipalities)) tally.applied++;
					else tally.refusedOperations++;
				}
				// The audit log only grows: nothing written before is changed or gone.
				const now = await auditState(db);
				expect(now.count).toBeGreaterThanOrEqual(log.count);
				expect((await auditState(db, log.max)).digest, 'earlier audit entries are unchanged').toBe(
					log.digest
				);
				if (now.max > log.max) saves.push(now.max);
				else if (op.kind === 'undo') expect(now.count).toBe(log.count);
				log = now;
			}
			// Undone newest first, every save goes through and the data is as it was.
			for (const id of [...saves].reverse()) {
				expect((await undo(db, id)).status, `undo of save ${id}, newest first`).toBe('undone');
				tally.newestFirst++;
			}
			expect(await content(db)).toEqual(initial);
		} finally {
			await db.end();
		}
	}

	it(
		`random staff work and undos keep the history honest (${RUNS} runs, seed ${SEED})`,
		async () => {
			await fc.assert(fc.asyncProperty(fc.array(operation, { minLength: 2, maxLength: 12 }), check), {
				numRuns: RUNS,
				seed: SEED,
				endOnFailure: !process.env.KOORDINATORKART_HISTORY_SHRINK
			});
			process.stderr.write(`history property (seed ${SEED}, ${RUNS} runs): ${JSON.stringify(tally)}\n`);
			expect(tally.applied, 'staff operations were applied').toBeGreaterThan(RUNS);
			expect(tally.undone, 'undos in the middle went through').toBeGreaterThan(0);
			expect(tally.refusedUndos, 'undos in the middle were refused').toBeGreaterThan(0);
		},
		Math.max(120_000, RUNS * 20_000)
	);

	it('two admins demoting each other at the same time leave one admin', async () => {
		const db = await freshCopy();
		const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
		await db.query(
			`insert into public.staff (user_id, email, role) values ($1, 'a@example.org', 'admin'), ($2, 'b@example.org', 'admin')`,
			[a, b]
		);
		await db.end();
		const session = async (self: string) => {
			const c = new pg.Client(connectionFor(RUN));
			await c.connect();
			await c.query('begin');
			await c.query(
				`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`,
				[JSON.stringify({ role: 'authenticated', sub: self })]
			);
			return c;
		};
		const [sa, sb] = [await session(a), await session(b)];
		// Each demotes the other through set_role's own check, both before either commits.
		const demoteB = sa.query(`select public.set_staff_role($1, 'editor')`, [b]);
		await demoteB;
		const demoteA = sb.query(`select public.set_staff_role($1, 'editor')`, [a]).then(
			() => 'demoted',
			(error: Error) => error.message
		);
		await new Promise((resolve) => setTimeout(resolve, 300));
		await sa.query('commit');
		const second = await demoteA;
		const committed = await sb.query('commit').then(
			(r) => r.command,
			(error: Error) => error.message
		);
		await Promise.all([sa.end(), sb.end()]);
		const check = new pg.Client(connectionFor(RUN));
		await check.connect();
		const admins = (await check.query(`select user_id from public.staff where role = 'admin'`)).rows;
		await check.end();
		expect(admins, `second demotion: ${second}; its commit: ${committed}`).toEqual([{ user_id: a }]);
		expect(second).toMatch(/at least one admin/);
	});
});
