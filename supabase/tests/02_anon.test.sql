-- Anonymous visitors read what the public pages show and change nothing.
begin;
select plan(24);

select cmp_ok(tests.run_as('anon', null, 'select * from public.municipality'), '=', 357::bigint, 'anon reads municipalities');
select cmp_ok(tests.run_as('anon', null, 'select * from public.county'), '=', 15::bigint, 'anon reads counties');
select cmp_ok(tests.run_as('anon', null, 'select * from public.postal_code'), '>', 5000::bigint, 'anon reads postal codes');
select cmp_ok(tests.run_as('anon', null, 'select id, name, started_on from public.arrangement'), '>', 0::bigint, 'anon reads arrangements (public columns)');
select cmp_ok(tests.run_as('anon', null, 'select full_name, phone, email from public.coordinator'), '>', 0::bigint, 'anon reads coordinators (public columns)');
select cmp_ok(tests.run_as('anon', null, 'select name, url from public.service'), '>', 0::bigint, 'anon reads services (public columns)');
select cmp_ok(tests.run_as('anon', null, 'select * from public.coverage_at()'), '=', 357::bigint, 'anon reads coverage');
select cmp_ok(tests.run_as('anon', null, 'select public.map_snapshot()'), '=', 1::bigint, 'anon reads the map snapshot');

select throws_ok($$ select tests.run_as('anon', null, 'select * from public.staff') $$, '42501', null, 'anon cannot read staff');
select throws_ok($$ select tests.run_as('anon', null, 'select * from public.audit_log') $$, '42501', null, 'anon cannot read the audit log');

select throws_ok($$ select tests.run_as('anon', null,
  $q$insert into public.arrangement (name, host_kommunenummer, started_on) values ('x', '0301', '2020-01-01')$q$) $$,
  '42501', null, 'anon cannot insert arrangements');
select throws_ok($$ select tests.run_as('anon', null, $q$update public.arrangement set name = 'x'$q$) $$,
  '42501', null, 'anon cannot update arrangements');
select throws_ok($$ select tests.run_as('anon', null, 'delete from public.arrangement') $$,
  '42501', null, 'anon cannot delete arrangements');
select throws_ok($$ select tests.run_as('anon', null, 'delete from public.arrangement_member') $$,
  '42501', null, 'anon cannot delete memberships');
select throws_ok($$ select tests.run_as('anon', null,
  $q$insert into public.coordinator (full_name) values ('x')$q$) $$, '42501', null, 'anon cannot insert coordinators');
select throws_ok($$ select tests.run_as('anon', null, $q$update public.coordinator set full_name = 'x'$q$) $$,
  '42501', null, 'anon cannot update coordinators');
select throws_ok($$ select tests.run_as('anon', null, 'delete from public.service') $$,
  '42501', null, 'anon cannot delete services');
select throws_ok($$ select tests.run_as('anon', null, 'delete from public.arrangement_coordinator') $$,
  '42501', null, 'anon cannot unlink coordinators');
select throws_ok($$ select tests.run_as('anon', null,
  $q$insert into public.staff (user_id, email, role) values (gen_random_uuid(), 'a@example.org', 'admin')$q$) $$,
  '42501', null, 'anon cannot add staff');
select throws_ok($$ select tests.run_as('anon', null, $q$update public.municipality set name = 'x'$q$) $$,
  '42501', null, 'anon cannot change reference data');
select throws_ok($$ select tests.run_as('anon', null, 'delete from public.postal_code') $$,
  '42501', null, 'anon cannot delete postal codes');
select throws_ok($$ select tests.run_as('anon', null, 'delete from public.audit_log') $$,
  '42501', null, 'anon cannot delete from the audit log');
select throws_ok($$ select tests.run_as('anon', null, 'update public.dataset_info set is_demo = false') $$,
  '42501', null, 'anon cannot mark the dataset');

select is((select count(*) from public.arrangement where name = 'x'), 0::bigint, 'nothing changed');

select * from finish();
rollback;
