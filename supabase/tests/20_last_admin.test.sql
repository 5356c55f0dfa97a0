-- Issue 14, item 9: the database keeps at least one admin, whatever the path: the staff functions, a direct
-- DELETE or UPDATE through the API, and two admins demoting each other at the same moment.
begin;
select plan(6);

create temp table who as
  select tests.create_staff('admin@example.org', 'admin') as admin,
         tests.create_staff('editor@example.org', 'editor') as editor;
grant select on who to authenticated;

select throws_ok($$
  select tests.run_as('authenticated', (select admin from who), $q$
    delete from public.staff where user_id = (select admin from who) $q$)
$$, '23514', null, 'the last admin cannot delete their own row directly');
select throws_ok($$
  select tests.run_as('authenticated', (select admin from who), $q$
    update public.staff set role = 'editor' where user_id = (select admin from who) $q$)
$$, '23514', null, 'nor demote themselves directly');
select throws_ok($$ delete from public.staff $$, '23514', null, 'not even the database owner can remove every admin');
select lives_ok($$
  select tests.run_as('authenticated', (select admin from who), $q$
    update public.staff set role = 'admin' where user_id = (select editor from who) $q$)
$$, 'a second admin is made');
select lives_ok($$
  select tests.run_as('authenticated', (select admin from who), $q$
    delete from public.staff where user_id = (select admin from who) $q$)
$$, 'then the first can leave');
select is((select count(*) from public.staff where role = 'admin'), 1::bigint, 'one admin is left');

select * from finish();
rollback;
