-- Supabase provides the auth schema, auth.uid(), auth.jwt() and the roles anon, authenticated and
-- service_role. A plain PostgreSQL and the embedded PGlite do not, so this migration creates only what is
-- missing: on Supabase it changes nothing. The claims come from the same request settings PostgREST sets
-- (request.jwt.claims), so row-level security reads the same JWT claims everywhere.

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
end
$$;

create schema if not exists auth;
create schema if not exists extensions;
grant usage on schema auth to anon, authenticated, service_role;
grant usage on schema extensions to anon, authenticated, service_role;

do $$
begin
  if to_regprocedure('auth.jwt()') is null then
    execute $fn$
      create function auth.jwt() returns jsonb
      language sql stable
      as $body$
        select coalesce(nullif(current_setting('request.jwt.claims', true), ''), '{}')::jsonb
      $body$
    $fn$;
  end if;
  if to_regprocedure('auth.uid()') is null then
    execute $fn$
      create function auth.uid() returns uuid
      language sql stable
      as $body$
        select nullif(
          coalesce(current_setting('request.jwt.claim.sub', true), auth.jwt() ->> 'sub'),
          ''
        )::uuid
      $body$
    $fn$;
  end if;
  if to_regprocedure('auth.role()') is null then
    execute $fn$
      create function auth.role() returns text
      language sql stable
      as $body$
        select coalesce(current_setting('request.jwt.claim.role', true), auth.jwt() ->> 'role')
      $body$
    $fn$;
  end if;
end
$$;

grant execute on all functions in schema auth to anon, authenticated, service_role;

create extension if not exists btree_gist with schema extensions;
