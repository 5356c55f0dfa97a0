// Staff operations and the database reads the history property test needs (scripts/testing/history.test.ts).
// Every operation is one transaction as a signed-in editor, the way PostgREST or the embedded transport runs
// a request: role authenticated, the user's JWT claims, one call.
import fc from 'fast-check';
import type pg from 'pg';

export const STAMPS = ['version', 'created_at', 'updated_at', 'updated_by'];
const TABLES = ['arrangement', 'arrangement_member', 'coordinator', 'arrangement_coordinator', 'service'];

/** Every programme row's content (all but the stamps), by "table:id". */
export async function content(db: pg.Client): Promise<Map<string, string>> {
	const { rows } = await db.query<{ key: string; row: string }>(
		TABLES.map(
			(t) => `select '${t}:' || id as key, (to_jsonb(x) - $1::text[])::text as row from public.${t} x`
		).join(' union all '),
		[STAMPS]
	);
	return new Map(rows.map((r) => [r.key, r.row]));
}

/** The audit log so far: how many entries, the newest id, and a digest of all of them. */
export async function auditState(db: pg.Client, upTo?: number) {
	const { rows } = await db.query<{ n: string; max: string | null; digest: string | null }>(
		`select count(*) as n, max(id) as max,
		        md5(string_agg(concat_ws('|', id, table_name, record_id, action, actor, at, before, after, txid,
		                                 statement_at), E'\\n' order by id)) as digest
		 from public.audit_log where $1::bigint is null or id <= $1`,
		[upTo ?? null]
	);
	return { count: Number(rows[0].n), max: Number(rows[0].max ?? 0), digest: rows[0].digest };
}

/** One request as the editor: a transaction with the role and claims PostgREST would set. */
export async function asEditor<T extends pg.QueryResultRow>(
	db: pg.Client,
	editor: string,
	sql: string,
	params: unknown[] = []
): Promise<{ ok: true; rows: T[] } | { ok: false; error: string }> {
	await db.query('begin');
	try {
		await db.query(
			`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`,
			[JSON.stringify({ role: 'authenticated', sub: editor })]
		);
		const { rows } = await db.query<T>(sql, params);
		await db.query('commit');
		return { ok: true, rows };
	} catch (error) {
		await db.query('rollback');
		return { ok: false, error: (error as Error).message };
	}
}

// Operations: indices pick among the rows that exist when the operation runs (modulo their number).
export type Operation =
	| { kind: 'create'; members: number[]; startYear: number; cofunded: boolean }
	| { kind: 'edit'; pick: number; name: string; percent: number }
	| { kind: 'members'; pick: number; add: number; dropFirst: boolean; effectiveYear: number }
	| { kind: 'end'; pick: number; endYear: number }
	| { kind: 'coordinator'; pick: number; name: string; deputy: boolean }
	| { kind: 'editCoordinator'; pick: number; title: string }
	| { kind: 'service'; pick: number; name: string; forMunicipality: boolean }
	| { kind: 'editService'; pick: number; name: string }
	| { kind: 'deleteService'; pick: number }
	| { kind: 'importServices'; pick: number; name: string; removeCount: number }
	| { kind: 'importArrangements'; pick: number; removeCount: number }
	| { kind: 'deleteArrangement'; pick: number }
	| { kind: 'undo'; pick: number };

const word = fc.constantFrom('Nord', 'Sør', 'Øst', 'Vest', 'Midt', 'Indre', 'Ytre');
const pick = fc.nat({ max: 10_000 });

export const operation: fc.Arbitrary<Operation> = fc.oneof(
	fc.record({
		kind: fc.constant('create' as const),
		members: fc.array(pick, { minLength: 1, maxLength: 3 }),
		startYear: fc.integer({ min: 2012, max: 2030 }),
		cofunded: fc.boolean()
	}),
	fc.record({
		kind: fc.constant('edit' as const),
		pick,
		name: word,
		percent: fc.integer({ min: 10, max: 200 })
	}),
	fc.record({
		kind: fc.constant('members' as const),
		pick,
		add: pick,
		dropFirst: fc.boolean(),
		effectiveYear: fc.integer({ min: 2026, max: 2032 })
	}),
	fc.record({ kind: fc.constant('end' as const), pick, endYear: fc.integer({ min: 2026, max: 2035 }) }),
	fc.record({ kind: fc.constant('coordinator' as const), pick, name: word, deputy: fc.boolean() }),
	fc.record({ kind: fc.constant('editCoordinator' as const), pick, title: word }),
	fc.record({ kind: fc.constant('service' as const), pick, name: word, forMunicipality: fc.boolean() }),
	fc.record({ kind: fc.constant('editService' as const), pick, name: word }),
	fc.record({ kind: fc.constant('deleteService' as const), pick }),
	fc.record({
		kind: fc.constant('importServices' as const),
		pick,
		name: word,
		removeCount: fc.integer({ min: 0, max: 3 })
	}),
	fc.record({
		kind: fc.constant('importArrangements' as const),
		pick,
		removeCount: fc.integer({ min: 1, max: 3 })
	}),
	fc.record({ kind: fc.constant('deleteArrangement' as const), pick }),
	// Undo is drawn more often: it is what is under test.
	fc.record({ kind: fc.constant('undo' as const), pick }),
	fc.record({ kind: fc.constant('undo' as const), pick }),
	fc.record({ kind: fc.constant('undo' as const), pick })
);

async function ids(db: pg.Client, table: string): Promise<string[]> {
	return (await db.query<{ id: string }>(`select id from public.${table} order by id`)).rows.map((r) => r.id);
}
const at = <T>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);

/**
 * Runs one staff operation (not undo) as the editor. Returns false when there was nothing to run it on or
 * the database refused it (then nothing changed: one transaction).
 */
export async function runOperation(
	db: pg.Client,
	editor: string,
	op: Exclude<Operation, { kind: 'undo' }>,
	freeMunicipalities: string[]
): Promise<boolean> {
	const run = async (sql: string, params: unknown[]) => (await asEditor(db, editor, sql, params)).ok;
	const arrangements = await ids(db, 'arrangement');
	const saveArrangement = `select public.save_arrangement(p_id => $1, p_version => $2, p_name => $3,
		p_host_kommunenummer => $4, p_started_on => $5, p_ended_on => $6, p_cofunding_start_year => $7,
		p_position_percent => $8, p_notes => $9, p_members => $10, p_effective => $11)`;
	const current = async (id: string) =>
		(
			await db.query<{
				a: {
					name: string;
					host_kommunenummer: string;
					started_on: string;
					ended_on: string | null;
					cofunding_start_year: number | null;
					position_percent: number | null;
					notes: string | null;
					version: number;
				};
				members: string[];
			}>(
				`select to_jsonb(a) as a, coalesce(array_agg(m.kommunenummer) filter (where m.id is not null), '{}') as members
				 from public.arrangement a
				 left join public.arrangement_member m on m.arrangement_id = a.id
				   and (m.valid_to is null or m.valid_to >= greatest(current_date, a.started_on))
				 where a.id = $1 group by a.id`,
				[id]
			)
		).rows[0];
	switch (op.kind) {
		case 'create': {
			const members = [...new Set(op.members.map((i) => at(freeMunicipalities, i)!))];
			return run(saveArrangement, [
				null,
				null,
				`Prøve ${members.join('-')}`,
				members[0],
				`${op.startYear}-01-01`,
				null,
				op.cofunded ? op.startYear : null,
				100,
				'intern merknad',
				members,
				`${op.startYear}-01-01`
			]);
		}
		case 'edit':
		case 'members':
		case 'end': {
			const id = at(arrangements, op.pick);
			if (!id) return false;
			const { a, members } = await current(id);
			let nextMembers = members.length ? members : [a.host_kommunenummer];
			let effective = new Date().toISOString().slice(0, 10);
			if (op.kind === 'members') {
				const added = at(freeMunicipalities, op.add)!;
				nextMembers = [
					...nextMembers.filter((m, i) => !(op.dropFirst && i > 0 && m !== a.host_kommunenummer)),
					added
				];
				if (!nextMembers.includes(a.host_kommunenummer)) nextMembers.push(a.host_kommunenummer);
				effective = `${op.effectiveYear}-01-01`;
			}
			return run(saveArrangement, [
				id,
				a.version,
				op.kind === 'edit' ? `${a.name.split(' ')[0]} ${op.name}` : a.name,
				a.host_kommunenummer,
				a.started_on,
				op.kind === 'end' ? `${op.endYear}-12-31` : a.ended_on,
				a.cofunding_start_year,
				op.kind === 'edit' ? op.percent : a.position_percent,
				a.notes,
				[...new Set(nextMembers)],
				effective
			]);
		}
		case 'coordinator': {
			const id = at(arrangements, op.pick);
			if (!id) return false;
			return run(
				`select public.save_coordinator(p_id => null, p_version => null, p_arrangement_id => $1, p_role => $2,
				   p_full_name => $3, p_title => null, p_phone => null, p_email => null, p_office_address => null,
				   p_office_hours => null, p_verified_at => null)`,
				[id, op.deputy ? 'deputy' : 'primary', `Kari ${op.name}`]
			);
		}
		case 'editCoordinator': {
			const id = at(await ids(db, 'coordinator'), op.pick);
			if (!id) return false;
			const c = (await db.query(`select * from public.coordinator where id = $1`, [id])).rows[0];
			return run(
				`select public.save_coordinator(p_id => $1, p_version => $2, p_arrangement_id => null, p_role => null,
				   p_full_name => $3, p_title => $4, p_phone => $5, p_email => $6, p_office_address => $7,
				   p_office_hours => $8, p_verified_at => $9)`,
				[
					id,
					c.version,
					c.full_name,
					op.title,
					c.phone,
					c.email,
					c.office_address,
					c.office_hours,
					c.verified_at
				]
			);
		}
		case 'service': {
			const id = at(arrangements, op.pick);
			const municipality = at(freeMunicipalities, op.pick);
			return run(
				`select public.save_service(p_id => null, p_version => null, p_category => 'other', p_name => $1,
				   p_description => null, p_url => null, p_phone => null, p_kommunenummer => $2, p_arrangement_id => $3)`,
				[
					`Tilbud ${op.name}`,
					op.forMunicipality || !id ? municipality : null,
					op.forMunicipality || !id ? null : id
				]
			);
		}
		case 'editService':
		case 'deleteService': {
			const id = at(await ids(db, 'service'), op.pick);
			if (!id) return false;
			const s = (await db.query(`select * from public.service where id = $1`, [id])).rows[0];
			if (op.kind === 'deleteService') return run(`select public.delete_service($1, $2)`, [id, s.version]);
			return run(
				`select public.save_service(p_id => $1, p_version => $2, p_category => $3, p_name => $4,
				   p_description => $5, p_url => $6, p_phone => $7, p_kommunenummer => $8, p_arrangement_id => $9)`,
				[
					id,
					s.version,
					s.category,
					`Tilbud ${op.name}`,
					s.description,
					s.url,
					s.phone,
					s.kommunenummer,
					s.arrangement_id
				]
			);
		}
		case 'importServices': {
			const services = await ids(db, 'service');
			const changed = at(services, op.pick);
			if (!changed) return false;
			const row = (await db.query(`select to_jsonb(s) as row from public.service s where id = $1`, [changed]))
				.rows[0].row;
			const remove = services
				.filter((id) => id !== changed)
				.slice(op.pick % 7, (op.pick % 7) + op.removeCount);
			// Staff confirm the number of removals, as the import page makes them do.
			return run(
				`select public.import_rows(p_table => $1, p_rows => $2, p_remove => $3, p_confirm_removals => $4)`,
				['service', JSON.stringify([{ ...row, name: `Importert ${op.name}` }]), remove, remove.length]
			);
		}
		case 'importArrangements': {
			const start = op.pick % Math.max(arrangements.length, 1);
			const remove = arrangements.slice(start, start + op.removeCount);
			if (!remove.length) return false;
			return run(
				`select public.import_rows(p_table => $1, p_rows => $2, p_remove => $3, p_confirm_removals => $4)`,
				['arrangement', '[]', remove, remove.length]
			);
		}
		case 'deleteArrangement': {
			const id = at(arrangements, op.pick);
			if (!id) return false;
			return run(`delete from public.arrangement where id = $1`, [id]);
		}
	}
}

/**
 * The records of one save (the statement that wrote audit entry `id`), by "table:id": their content before
 * the save and after it (null: the record did not exist).
 */
export async function saveRecords(
	db: pg.Client,
	id: number
): Promise<Map<string, { before: string | null; after: string | null }>> {
	const { rows } = await db.query<{ key: string; before: string | null; after: string | null }>(
		`select l.table_name || ':' || l.record_id as key,
		        ((array_agg(l.before order by l.id))[1] - $2::text[])::text as before,
		        ((array_agg(l.after order by l.id desc))[1] - $2::text[])::text as after
		 from public.audit_log l
		 join public.audit_log s on s.id = $1 and l.txid = s.txid and l.statement_at = s.statement_at
		 group by l.table_name, l.record_id`,
		[id, STAMPS]
	);
	return new Map(rows.map((r) => [r.key, { before: r.before, after: r.after }]));
}
