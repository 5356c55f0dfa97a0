-- Spreadsheet import (import_rows): staff only, additions and changes by id, removals, all or nothing.
begin;
select plan(9);

create temp table who as
  select tests.create_staff('editor@example.org', 'editor') as editor, gen_random_uuid() as outsider,
         (select id from public.coordinator order by full_name limit 1) as existing,
         gen_random_uuid() as added;
grant select on who to authenticated;
create temp table result (step text primary key, value jsonb);
grant all on result to authenticated;
create temp table before as select count(*) as coordinators from public.coordinator;

select throws_ok($$
  select tests.run_as('anon', null, $q$ select public.import_rows('coordinator', '[]', '{}') $q$)
$$, '42501', null, 'anonymous callers cannot import');
select throws_ok($$
  select tests.run_as('authenticated', (select outsider from who), $q$
    select public.import_rows('coordinator', '[]', '{}') $q$)
$$, '42501', null, 'a signed-in non-staff user cannot import');

-- One change and one addition.
select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'import', public.import_rows('coordinator', jsonb_build_array(
      (select to_jsonb(c) || '{"title": "Importert tittel"}' from public.coordinator c where id = (select existing from who)),
      jsonb_build_object('id', (select added from who), 'full_name', 'Ny Importert', 'phone', '22 33 44 55',
                         'email', 'ny@example.org', 'verified_at', '2026-10-01')
    ), '{}') $q$)
$$, 'an editor imports one change and one addition');
select is((select value from result where step = 'import'), '{"added": 1, "changed": 1, "removed": 0}'::jsonb,
  'the import reports what it did');
select is((select title from public.coordinator where id = (select existing from who)), 'Importert tittel',
  'the change is stored');
select is((select count(*) from public.audit_log where record_id in ((select existing from who), (select added from who))
            and txid = (select txid from public.audit_log where record_id = (select added from who))),
  2::bigint, 'both rows are in the audit log under one transaction (undone together)');

-- A last row that breaks a rule: nothing of the import is stored.
select throws_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    select public.import_rows('coordinator', (
      select jsonb_agg(jsonb_build_object('id', gen_random_uuid(), 'full_name', 'Rad ' || i,
                                          'phone', case when i = 500 then '123' else '22 33 44 55' end))
      from generate_series(1, 500) i), '{}') $q$)
$$, '23514', null, 'a bad phone number in the last of 500 rows refuses the import');
select is((select count(*) from public.coordinator), (select coordinators + 1 from before),
  'no row of the refused import was stored');

-- Removing rows that do not exist (deleted since the preview) refuses the import.
select throws_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    select public.import_rows('coordinator', '[]', array[gen_random_uuid()], 1) $q$)
$$, '40001', null, 'removing a row that is gone refuses the import');

select * from finish();
rollback;
