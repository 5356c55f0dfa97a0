-- Issue 14, item 4: anonymous visitors read exactly what the public pages show, column by column. Notes,
-- versions, creation times and the staff user ids in updated_by stay private; the public functions (the map,
-- a municipality's page, the snapshot, the timeline) still work as anon.
begin;
select plan(10);

-- What the public pages show of each programme table (and the reference tables, in full).
create temp table public_columns (table_name text, column_name text);
insert into public_columns values
  ('arrangement', 'id'), ('arrangement', 'name'), ('arrangement', 'host_kommunenummer'),
  ('arrangement', 'started_on'), ('arrangement', 'ended_on'), ('arrangement', 'cofunding_start_year'),
  ('arrangement', 'position_percent'), ('arrangement', 'updated_at'),
  ('arrangement_member', 'id'), ('arrangement_member', 'arrangement_id'), ('arrangement_member', 'kommunenummer'),
  ('arrangement_member', 'valid_from'), ('arrangement_member', 'valid_to'), ('arrangement_member', 'updated_at'),
  ('coordinator', 'id'), ('coordinator', 'full_name'), ('coordinator', 'title'), ('coordinator', 'phone'),
  ('coordinator', 'email'), ('coordinator', 'office_address'), ('coordinator', 'office_hours'),
  ('coordinator', 'verified_at'), ('coordinator', 'updated_at'),
  ('arrangement_coordinator', 'id'), ('arrangement_coordinator', 'arrangement_id'),
  ('arrangement_coordinator', 'coordinator_id'), ('arrangement_coordinator', 'role'),
  ('arrangement_coordinator', 'updated_at'),
  ('service', 'id'), ('service', 'category'), ('service', 'name'), ('service', 'description'), ('service', 'url'),
  ('service', 'phone'), ('service', 'kommunenummer'), ('service', 'arrangement_id'), ('service', 'updated_at');
insert into public_columns
  select c.table_name, c.column_name from information_schema.columns c
  where c.table_schema = 'public'
    and c.table_name in ('county', 'municipality', 'municipality_population', 'postal_code', 'service_category',
                         'dataset_info');

select is(
  (select coalesce(array_agg(format('%s.%s', c.table_name, c.column_name) order by 1), '{}')
   from information_schema.columns c
   join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
   where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
     and has_column_privilege('anon', format('public.%I', c.table_name), c.column_name, 'select')
     and not exists (select 1 from public_columns p where p.table_name = c.table_name and p.column_name = c.column_name)),
  '{}'::text[], 'anon can read no column the public pages do not show');
select is(
  (select coalesce(array_agg(format('%s.%s', p.table_name, p.column_name) order by 1), '{}')
   from public_columns p
   where not has_column_privilege('anon', format('public.%I', p.table_name), p.column_name, 'select')),
  '{}'::text[], 'anon can read every column the public pages show');

-- As anon, the way a client with the public key asks.
select throws_ok($$ select tests.run_as('anon', null, 'select notes from public.arrangement') $$,
  '42501', null, 'anon cannot read arrangement notes');
select throws_ok($$ select tests.run_as('anon', null, 'select updated_by from public.coordinator') $$,
  '42501', null, 'anon cannot read who changed a coordinator');
select throws_ok($$ select tests.run_as('anon', null, 'select * from public.service') $$,
  '42501', null, 'anon cannot read whole rows (select *) of programme data');
select is(tests.run_as('anon', null, 'select id, name, started_on from public.arrangement'),
  (select count(*) from public.arrangement), 'anon reads the public columns of every arrangement');

select is(tests.run_as('anon', null, $q$ select 1 where public.municipality_detail(
    (select host_kommunenummer from public.arrangement where ended_on is null order by name limit 1))->'arrangement'->>'name' is not null $q$),
  1::bigint, 'anon reads a municipality page with its arrangement');
select is(tests.run_as('anon', null, $q$ select 1 where jsonb_typeof(public.public_snapshot()->'details') = 'object' $q$),
  1::bigint, 'anon reads the public snapshot');
select is(tests.run_as('anon', null, $q$ select 1 where public.map_snapshot()->>'last_changed_at' is not null $q$),
  1::bigint, 'anon reads the map snapshot with its last change');
select is(tests.run_as('anon', null, $q$ select 1 where jsonb_typeof(public.coverage_timeline(2012, 2024)) = 'object'
    and jsonb_typeof(public.phase_changes(2012, 2024)) = 'array' $q$),
  1::bigint, 'anon reads the timeline and the phase changes');

select * from finish();
rollback;
