// A database's schema as text that two databases can be compared by: `pg_dump --schema-only` normalised (on a
// real PostgreSQL), and the same read from the catalogue with one query (which PGlite, having no pg_dump, can
// answer too). Used to show that the squashed migrations make what the old chain made
// (scripts/testing/migration-baseline.test.ts, scripts/testing/embedded-baseline.test.ts).
import { spawnSync } from 'node:child_process';
import type pg from 'pg';

/**
 * pg_dump's output as its entries (one per object, with their "-- Name: …; Type: …" heading), sorted, so that
 * the order objects were made in does not count; the lines of a grant entry sorted too (the order of grants).
 */
export function normaliseDump(dump: string): string {
	return dump
		.split(/\n(?=--\n-- (?:Name|Data for Name): )/)
		.slice(1)
		.map((entry) => {
			const lines = entry.split('\n').filter((l) => l.trim() && l !== '--' && !/^\\(un)?restrict /.test(l));
			return (/Type: ACL;/.test(lines[0]) ? [lines[0], ...lines.slice(1).sort()] : lines).join('\n');
		})
		.sort()
		.join('\n\n');
}

/** `pg_dump --schema-only --no-owner` of one database on the test server, normalised. */
export function dumpSchema(connection: pg.ClientConfig): string {
	const env = {
		...process.env,
		PGDATABASE: String(connection.database),
		...(connection.host ? { PGHOST: String(connection.host) } : {}),
		...(connection.port ? { PGPORT: String(connection.port) } : {}),
		...(connection.user ? { PGUSER: connection.user } : {}),
		...(connection.password ? { PGPASSWORD: String(connection.password) } : {})
	};
	const result = spawnSync('pg_dump', ['--schema-only', '--no-owner'], { env, encoding: 'utf8' });
	if (result.error || result.status !== 0)
		throw new Error(`pg_dump failed: ${result.error?.message ?? result.stderr}`);
	return normaliseDump(result.stdout);
}

const acl = (column: string) =>
	`coalesce((select string_agg(x::text, ',' order by x::text) from unnest(${column}) x), '-')`;

/**
 * Every table, column, constraint, index, function (with its body), trigger, policy, grant and comment of the
 * project's schemas, one row each, sorted. Not the embedded default's own schema (koordinatorkart_embedded).
 */
export const SCHEMA_CATALOGUE_SQL = `
with ns as (
  select oid, nspname from pg_namespace where nspname in ('public', 'private', 'auth', 'extensions')
)
select kind || ' ' || name || E'\\n' || def as line from (
  select 'schema' as kind, n.nspname::text as name, ${acl('n.nspacl')} as def
  from pg_namespace n join ns on ns.oid = n.oid
  union all
  select 'relation', ns.nspname || '.' || c.relname,
    c.relkind::text || ' rls=' || c.relrowsecurity::text || ' acl=' || ${acl('c.relacl')}
      || coalesce(' comment=' || obj_description(c.oid, 'pg_class'), '')
  from pg_class c join ns on ns.oid = c.relnamespace where c.relkind in ('r', 'v', 'm', 'p', 'S')
  union all
  select 'column', ns.nspname || '.' || c.relname || '.' || a.attname,
    '#' || a.attnum || ' ' || format_type(a.atttypid, a.atttypmod) || case when a.attnotnull then ' not null' else '' end
      || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '') || ' acl=' || ${acl('a.attacl')}
      || coalesce(' comment=' || col_description(c.oid, a.attnum), '')
  from pg_class c join ns on ns.oid = c.relnamespace
  join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
  left join pg_attrdef d on d.adrelid = c.oid and d.adnum = a.attnum
  where c.relkind in ('r', 'v', 'm', 'p')
  union all
  select 'constraint', ns.nspname || '.' || coalesce(c.relname, '-') || '.' || co.conname, pg_get_constraintdef(co.oid)
  from pg_constraint co join ns on ns.oid = co.connamespace left join pg_class c on c.oid = co.conrelid
  union all
  select 'index', i.schemaname || '.' || i.indexname, i.indexdef
  from pg_indexes i join ns on ns.nspname = i.schemaname
  union all
  select 'function', ns.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
    pg_get_functiondef(p.oid) || ' acl=' || ${acl('p.proacl')}
      || coalesce(' comment=' || obj_description(p.oid, 'pg_proc'), '')
  from pg_proc p join ns on ns.oid = p.pronamespace where p.prokind <> 'a'
  union all
  select 'trigger', ns.nspname || '.' || c.relname || '.' || t.tgname, pg_get_triggerdef(t.oid)
  from pg_trigger t join pg_class c on c.oid = t.tgrelid join ns on ns.oid = c.relnamespace
  where not t.tgisinternal
  union all
  select 'policy', p.schemaname || '.' || p.tablename || '.' || p.policyname,
    p.permissive || ' ' || p.roles::text || ' ' || p.cmd || ' using ' || coalesce(p.qual, '-') || ' check '
      || coalesce(p.with_check, '-')
  from pg_policies p join ns on ns.nspname = p.schemaname
) s
order by 1`;

/** The catalogue query's rows as one text (for PGlite or pg alike: anything that answers a query). */
export async function catalogueSchema(
	query: (sql: string) => Promise<{ rows: { line: string }[] }>
): Promise<string> {
	return (await query(SCHEMA_CATALOGUE_SQL)).rows.map((r) => r.line).join('\n');
}
