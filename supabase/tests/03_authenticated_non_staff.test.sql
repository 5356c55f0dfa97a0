-- A signed-in user who is not staff cannot write, and reads no programme rows directly (they hold staff
-- notes and staff ids: *_staff_only_rows.sql); the public pages read as anon.
begin;
select plan(11);

select is(tests.run_as('authenticated', gen_random_uuid(), 'select * from public.arrangement'), 0::bigint,
  'a signed-in non-staff user reads no arrangement rows (their notes are for staff)');
select throws_ok($$ select tests.run_as('authenticated', gen_random_uuid(),
  $q$insert into public.arrangement (name, host_kommunenummer, started_on) values ('x', '0301', '2020-01-01')$q$) $$,
  '42501', null, 'cannot insert arrangements');
select is(tests.run_as('authenticated', gen_random_uuid(), $q$update public.arrangement set name = 'x'$q$), 0::bigint,
  'updates reach no arrangement');
select is(tests.run_as('authenticated', gen_random_uuid(), 'delete from public.arrangement_member'), 0::bigint,
  'deletes reach no membership');
select is(tests.run_as('authenticated', gen_random_uuid(), $q$update public.coordinator set phone = null$q$), 0::bigint,
  'updates reach no coordinator');
select is(tests.run_as('authenticated', gen_random_uuid(), 'delete from public.service'), 0::bigint,
  'deletes reach no service');
select throws_ok($$ select tests.run_as('authenticated', gen_random_uuid(),
  $q$insert into public.staff (user_id, email, role) values (gen_random_uuid(), 'me@example.org', 'admin')$q$) $$,
  '42501', null, 'cannot make themselves staff');
select is(tests.run_as('authenticated', gen_random_uuid(), 'select * from public.staff'), 0::bigint,
  'sees no staff accounts');
select is(tests.run_as('authenticated', gen_random_uuid(), 'select * from public.audit_log'), 0::bigint,
  'sees no audit log');
select throws_ok($$ select tests.run_as('authenticated', gen_random_uuid(),
  $q$update public.municipality set name = 'x'$q$) $$, '42501', null, 'cannot change reference data');
select is(tests.run_as('authenticated', gen_random_uuid(), 'update public.dataset_info set is_demo = false'), 0::bigint,
  'cannot mark the dataset');

select * from finish();
rollback;
