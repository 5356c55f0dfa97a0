-- A signed-in account that is not staff cannot read the staff notes (or any other staff-only column) of the
-- programme data, by table or through the staff functions; staff and anonymous visitors read as before.
begin;
select plan(9);

create temp table who as
  select tests.create_staff('redaktor@example.org', 'editor') as editor, gen_random_uuid() as outsider;
grant select on who to authenticated;
update public.arrangement set notes = 'Bare for ansatte: lønnsforhandling pågår'
where id = (select id from public.arrangement order by name limit 1);

select is(tests.run_as('authenticated', (select outsider from who),
  $q$select notes from public.arrangement where notes like 'Bare for ansatte%'$q$), 0::bigint,
  'a signed-in non-staff user reads no staff notes');
select is(tests.run_as('authenticated', (select outsider from who),
  'select updated_by, version from public.coordinator'), 0::bigint,
  'nor versions or the staff ids in updated_by');
select is(tests.run_as('authenticated', (select outsider from who),
  $q$select 1 from (select public.arrangement_for_edit((select id from public.arrangement where notes is not null limit 1)) as a) x
     where a is not null$q$), 0::bigint,
  'nor an arrangement through the edit function');
select throws_ok($$ select tests.run_as('authenticated', (select outsider from who),
  'select x from (select public.export_programme_data() as x) q where x is not null') $$, '42501', null,
  'nor the export');
select is(tests.run_as('authenticated', (select editor from who),
  $q$select notes from public.arrangement where notes like 'Bare for ansatte%'$q$), 1::bigint,
  'staff read the notes');
select cmp_ok(tests.run_as('authenticated', (select editor from who), 'select * from public.arrangement_member'),
  '>', 300::bigint, 'staff read every membership');
select throws_ok($$ select tests.run_as('anon', null, 'select notes from public.arrangement') $$, '42501', null,
  'anonymous visitors cannot read notes (column grants)');
select cmp_ok(tests.run_as('anon', null, 'select id, name from public.arrangement'), '>', 0::bigint,
  'anonymous visitors read the public columns');
select is(tests.run_as('authenticated', (select outsider from who),
  $q$update public.arrangement set notes = 'x'$q$), 0::bigint, 'and the outsider still writes nothing');

select * from finish();
rollback;
