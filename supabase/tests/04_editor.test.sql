-- Editors write programme data (and every write is versioned and audited), but not staff accounts.
begin;
select plan(15);

create temp table who as select tests.create_staff('editor@example.org', 'editor') as editor;
create temp table made (id uuid);

select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into public.arrangement (id, name, host_kommunenummer, started_on, cofunding_start_year)
    values ('00000000-0000-4000-8000-000000000001', 'Testordning', '0301', '2030-01-01', 2030)$q$)
$$, 'an editor creates an arrangement');
select is((select updated_by from public.arrangement where id = '00000000-0000-4000-8000-000000000001'),
  (select editor from who), 'the new arrangement records who made it');
select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into public.coordinator (id, full_name, phone, email)
    values ('00000000-0000-4000-8000-000000000002', 'Test Person', '+47 22 00 00 00', 'test.person@example.org')$q$)
$$, 'an editor creates a coordinator');
select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into public.arrangement_coordinator (arrangement_id, coordinator_id, role)
    values ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', 'primary')$q$)
$$, 'an editor links a coordinator to an arrangement');
select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into public.service (category, name, url, arrangement_id)
    values ('peer_support', 'Likepersoner', 'https://example.org/likeperson', '00000000-0000-4000-8000-000000000001')$q$)
$$, 'an editor creates a service');

select is(tests.run_as('authenticated', (select editor from who), $q$
  update public.arrangement set name = 'Testordning 2', position_percent = 80
  where id = '00000000-0000-4000-8000-000000000001'$q$), 1::bigint, 'an editor updates an arrangement');
select is((select version from public.arrangement where id = '00000000-0000-4000-8000-000000000001'), 2,
  'the update bumped the version');
select is(
  (select count(*) from public.audit_log
    where record_id = '00000000-0000-4000-8000-000000000001' and actor = (select editor from who)),
  2::bigint, 'the insert and the update are in the audit log with the editor as actor');
select is(
  (select before ->> 'name' || ' -> ' || (after ->> 'name') from public.audit_log
    where record_id = '00000000-0000-4000-8000-000000000001' and action = 'UPDATE'),
  'Testordning -> Testordning 2', 'the audit log keeps the values before and after');
select cmp_ok(tests.run_as('authenticated', (select editor from who), 'select * from public.audit_log'), '>', 0::bigint,
  'an editor reads the audit log');

select throws_ok($$ select tests.run_as('authenticated', (select editor from who),
  $q$insert into public.staff (user_id, email, role) values (gen_random_uuid(), 'new@example.org', 'editor')$q$) $$,
  '42501', null, 'an editor cannot add staff');
select is(tests.run_as('authenticated', (select editor from who), $q$update public.staff set role = 'admin'$q$), 0::bigint,
  'an editor cannot promote anyone, themselves included');
select is((select role from public.staff where user_id = (select editor from who)), 'editor', 'the role is unchanged');
select is(tests.run_as('authenticated', (select editor from who), 'select * from public.staff'), 1::bigint,
  'an editor sees only their own staff account');
select throws_ok($$ select tests.run_as('authenticated', (select editor from who), 'delete from public.audit_log') $$,
  '42501', null, 'an editor cannot erase the audit log');

select * from finish();
rollback;
