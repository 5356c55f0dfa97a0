// The domain schemas (src/lib/domain/entities/) against the real database, made as for the SQL tests
// (test-database.ts): every constraint has a name that says what it checks and a message; every constraint
// the domain names exists; every field is a column of the same type and nullability; and the SQL checks
// accept and refuse what the domain's rules do, value by value.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { GENERATED_DIR, generateTypes } from '../db-types.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { constraintMessages, type Entity } from '../../src/lib/domain/entity.ts';
import { ENTITIES } from '../../src/lib/domain/entities/index.ts';
import { parseField, type Field } from '../../src/lib/domain/fields.ts';
import { connectionFor, createTestDatabase, serverAvailable, TEST_DATABASE } from './test-database.ts';

const DATABASE = `${TEST_DATABASE}_domain`;

const available = await serverAvailable('domain schema tests');

/** Names the app reads from SQL that are not table constraints: raised by functions or triggers, or an index. */
const RAISED = [
	'arrangement_has_members',
	'arrangement_host_is_member',
	'arrangement_member_within_arrangement',
	'staff_last_admin'
];

/**
 * Columns the database keeps itself (versions, stamps, the account's id, who invited, and whether the account
 * still has a temporary password, set by the invitation and cleared by a password change): no field of a
 * form or import.
 */
const KEPT_BY_DATABASE = new Set([
	'version',
	'created_at',
	'updated_at',
	'updated_by',
	'user_id',
	'invited_by',
	'must_change_password',
	'temporary_password'
]);

const SQL_TYPE: Record<Field['kind'], string> = {
	uuid: 'uuid',
	text: 'text',
	kommunenummer: 'text',
	date: 'date',
	year: 'integer',
	percent: 'numeric',
	phone: 'text',
	email: 'text',
	url: 'text',
	choice: 'text',
	category: 'text'
};

describe.skipIf(!available)('the domain schemas on a real PostgreSQL', () => {
	let db: pg.Client;
	beforeAll(async () => {
		await createTestDatabase(DATABASE);
		db = new pg.Client(connectionFor(DATABASE));
		await db.connect();
		// A CHECK expression evaluated with its column set to one value (false when the value is not even of the
		// column's type). Only in this test's database.
		await db.query(`
			create function public.domain_test_eval(expr text, col text, val text, typ text) returns boolean
			language plpgsql as $f$
			declare result boolean;
			begin
			  execute format('select %s from (select $1::%s as %I) t', expr, typ, col) into result using val;
			  return coalesce(result, true);
			exception when others then
			  return false;
			end $f$`);
	});
	afterAll(async () => {
		await db?.end();
	});

	const tables = ENTITIES.map((e) => e.table);

	it('names every constraint of the programme and staff tables for what it checks, and has a message for each', async () => {
		const { rows } = await db.query<{ table: string; name: string }>(
			`select c.conrelid::regclass::text as table, c.conname as name from pg_constraint c
			 where c.connamespace = 'public'::regnamespace and c.conrelid::regclass::text = any($1)
			   and c.contype <> 't'
			 union all
			 select i.tablename, i.indexname from pg_indexes i
			 where i.schemaname = 'public' and i.tablename = any($1) and i.indexdef like 'CREATE UNIQUE%'
			   and not exists (select 1 from pg_constraint k where k.conname = i.indexname)`,
			[tables]
		);
		expect(rows.length).toBeGreaterThan(40);
		const unnamed = rows.filter((r) => /_check\d*$/.test(r.name)).map((r) => r.name);
		expect(unnamed, 'names PostgreSQL made up').toEqual([]);
		const missing = rows
			.filter((r) => {
				const entity = ENTITIES.find((e) => e.table === r.table)!;
				return !constraintMessages(entity)[r.name]?.message;
			})
			.map((r) => `${r.table}.${r.name}`);
		expect(missing, 'constraints without a message').toEqual([]);
	});

	it('finds every constraint the domain names in the database', async () => {
		const { rows } = await db.query<{ name: string }>(
			`select conname as name from pg_constraint where connamespace = 'public'::regnamespace
			 union select indexname from pg_indexes where schemaname = 'public'`
		);
		const inDatabase = new Set(rows.map((r) => r.name));
		const { rows: sources } = await db.query<{ source: string }>(
			`select string_agg(prosrc, ' ') as source from pg_proc where pronamespace = 'public'::regnamespace`
		);
		for (const name of RAISED) expect(sources[0].source).toContain(`constraint = '${name}'`);
		const named = ENTITIES.flatMap((e) => Object.keys(constraintMessages(e as Entity)));
		expect(named.filter((n) => !inDatabase.has(n) && !RAISED.includes(n))).toEqual([]);
	});

	it('has every field as a column of its table, of the same type and nullability, and every column as a field', async () => {
		for (const entity of ENTITIES) {
			const { rows } = await db.query<{
				column: string;
				type: string;
				nullable: string;
				default: string | null;
			}>(
				`select column_name as column, data_type as type, is_nullable as nullable, column_default as default
				 from information_schema.columns where table_schema = 'public' and table_name = $1`,
				[entity.table]
			);
			const columns = new Map(rows.map((r) => [r.column, r]));
			for (const field of entity.fields) {
				const column = columns.get(field.name);
				expect(column, `${entity.table}.${field.name}`).toBeDefined();
				expect(column!.type, `${entity.table}.${field.name}`).toBe(SQL_TYPE[field.kind]);
				// A required field is a column without nulls; a column without nulls is required unless it has a default.
				if (field.required) expect(column!.nullable, `${entity.table}.${field.name}`).toBe('NO');
				else if (column!.nullable === 'NO')
					expect(column!.default, `${entity.table}.${field.name} is not null: required`).not.toBeNull();
			}
			const fields = new Set(entity.fields.map((f) => f.name));
			const extra = rows.map((r) => r.column).filter((c) => !fields.has(c) && !KEPT_BY_DATABASE.has(c));
			expect(extra, `${entity.table}: columns without a field`).toEqual([]);
		}
	});

	it("accepts and refuses each value as the field's rule does", async () => {
		// Each sample goes through the table's own checks (in a transaction that is rolled back): the database and
		// the rule must agree on every one.
		const samples: Record<Field['kind'], string[]> = {
			uuid: [],
			text: [
				'Kari',
				'a\u0007b',
				'x'.repeat(201),
				'x'.repeat(301),
				'x'.repeat(2001),
				'x'.repeat(4001),
				'a\nb'
			],
			kommunenummer: [],
			date: ['1999-12-31', '2000-01-01', '2100-12-31', '2101-01-01', '2999-01-01'],
			year: ['2011', '2012', '2100', '2101'],
			percent: ['0', '0.5', '80.5', '1000', '1000.1'],
			phone: ['22 12 34 56', '+47 912 34 567', '004722123456', '123', '12 34 56 78', '2212345'],
			email: ['navn@kommune.no', 'kari@', 'kari@example', 'a b@c.no'],
			url: ['https://kommune.no/kreft', 'http://x.no', 'kommune.no', `https://k.no/${'x'.repeat(500)}`],
			choice: ['primary', 'deputy', 'editor', 'admin', 'sjef'],
			category: []
		};
		const context = {
			today: (await db.query(`select (now() at time zone 'Europe/Oslo')::date::text as d`)).rows[0].d
		};
		const disagreements: string[] = [];
		for (const entity of ENTITIES)
			for (const field of entity.fields) {
				for (const text of samples[field.kind]) {
					const rule = parseField(field, text, context);
					// Only the column's own checks: NULL for every other value means "not checked" in a CHECK.
					// The value the rule would store (hovedkoordinator → primary), or the text as it was when refused.
					const value = rule.problem ? text : String(rule.value);
					const { rows } = await db.query<{ ok: boolean }>(
						`select coalesce(bool_and(ok), true) as ok from (
						   select (regexp_replace(pg_get_constraintdef(c.oid), '^CHECK ', '')) as expr
						   from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
						   where c.conrelid = $1::regclass and c.contype = 'c' and a.attname = $2
						     and cardinality(c.conkey) = 1
						 ) checks, lateral (select public.domain_test_eval(expr, $2, $3, $4) as ok) r`,
						[`public.${entity.table}`, field.name, value, SQL_TYPE[field.kind]]
					);
					const stored = rule.problem ? false : true;
					if (rows[0].ok !== stored)
						disagreements.push(
							`${entity.table}.${field.name} «${text.slice(0, 20)}»: rule ${stored}, SQL ${rows[0].ok}`
						);
				}
			}
		expect(disagreements).toEqual([]);
	});

	it('has the generated types of the tables current (npm run types writes them)', async () => {
		const fresh = await generateTypes(DATABASE, mkdtempSync(join(tmpdir(), 'kanel-')));
		const committed = new Map(
			readdirSync(join(GENERATED_DIR, 'public')).map((f) => [
				f,
				readFileSync(join(GENERATED_DIR, 'public', f), 'utf8')
			])
		);
		expect([...committed.keys()].sort()).toEqual([...fresh.keys()].sort());
		for (const [file, text] of fresh) expect(committed.get(file), `${file}: run npm run types`).toBe(text);
	});
});
