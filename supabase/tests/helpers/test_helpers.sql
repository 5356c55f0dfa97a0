-- Helpers for the pgTAP tests, loaded into the test database by scripts/test-sql.ts (not a test file).
create extension if not exists pgtap;
create schema if not exists tests;

-- Runs one statement as a client role (anon, authenticated, service_role) with the JWT claims of a user (and
-- their e-mail address, where given), as PostgREST would, and returns the rows it selected or changed. Errors
-- are raised as they are, so that throws_ok() can check their SQLSTATE. Row-level security that filters rows
-- shows up as 0 rows.
drop function if exists tests.run_as(text, uuid, text);
create or replace function tests.run_as(p_role text, p_sub uuid, p_sql text, p_email text default null)
returns bigint
language plpgsql
as $$
declare
  n bigint;
begin
  perform set_config('request.jwt.claims',
    jsonb_strip_nulls(jsonb_build_object('role', p_role, 'sub', p_sub, 'email', p_email))::text, true);
  execute format('set local role %I', p_role);
  if p_sql ~* '^\s*(select|with)\s' then
    execute format('select count(*) from (%s) q', p_sql) into n;
  else
    execute p_sql;
    get diagnostics n = row_count;
  end if;
  reset role;
  perform set_config('request.jwt.claims', '', true);
  return n;
end
$$;

-- Creates a staff member (as the database owner) and returns the user id.
create or replace function tests.create_staff(p_email text, p_role text)
returns uuid
language sql
as $$
  insert into public.staff (user_id, email, role) values (gen_random_uuid(), p_email, p_role) returning user_id
$$;

-- The programme data as content: every row of the five edited tables without the stamps the database sets
-- on each write (version, created_at, updated_at, updated_by), so that "the data is as it was" can be compared.
create or replace function tests.programme_content()
returns jsonb
language sql
as $$
  select jsonb_build_object(
    'arrangement', (select coalesce(jsonb_agg(to_jsonb(t) - array['version', 'created_at', 'updated_at', 'updated_by'] order by t.id), '[]') from public.arrangement t),
    'arrangement_member', (select coalesce(jsonb_agg(to_jsonb(t) - array['version', 'created_at', 'updated_at', 'updated_by'] order by t.id), '[]') from public.arrangement_member t),
    'coordinator', (select coalesce(jsonb_agg(to_jsonb(t) - array['version', 'created_at', 'updated_at', 'updated_by'] order by t.id), '[]') from public.coordinator t),
    'arrangement_coordinator', (select coalesce(jsonb_agg(to_jsonb(t) - array['version', 'created_at', 'updated_at', 'updated_by'] order by t.id), '[]') from public.arrangement_coordinator t),
    'service', (select coalesce(jsonb_agg(to_jsonb(t) - array['version', 'created_at', 'updated_at', 'updated_by'] order by t.id), '[]') from public.service t)
  )
$$;

-- The first p_count municipalities by number that no arrangement covers today: free to put in a new one.
create or replace function tests.uncovered_municipalities(p_count integer)
returns text[]
language sql
as $$
  select array_agg(k order by k) from (
    select x->>'kommunenummer' as k from jsonb_array_elements(public.needs_attention()->'uncovered') x
    order by 1 limit p_count) q
$$;
