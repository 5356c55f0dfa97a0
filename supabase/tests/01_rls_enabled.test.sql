begin;
select plan(3);

select is(
  (select array_agg(tablename::text order by tablename) from pg_tables
    where schemaname = 'public' and not rowsecurity),
  null,
  'every table in the public schema has row-level security enabled'
);

select cmp_ok(
  (select count(*) from pg_tables where schemaname = 'public'), '>=', 13::bigint,
  'the whole data model is there'
);

select is(
  (select array_agg(t.tablename::text order by t.tablename) from pg_tables t
    where t.schemaname = 'public'
      and not exists (select 1 from pg_policies p where p.schemaname = 'public' and p.tablename = t.tablename)),
  null,
  'every table has at least one policy'
);

select * from finish();
rollback;
