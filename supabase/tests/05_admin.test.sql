-- Administrators also manage staff accounts.
begin;
select plan(5);

create temp table who as
  select tests.create_staff('admin@example.org', 'admin') as admin,
         tests.create_staff('someone@example.org', 'editor') as editor;

select lives_ok($$ select tests.run_as('authenticated', (select admin from who),
  $q$insert into public.staff (user_id, email, role) values ('00000000-0000-4000-8000-0000000000aa', 'new@example.org', 'editor')$q$) $$,
  'an admin adds a staff account');
select is(tests.run_as('authenticated', (select admin from who), 'select * from public.staff'), 3::bigint,
  'an admin sees every staff account');
select is(tests.run_as('authenticated', (select admin from who),
  format($q$update public.staff set role = 'admin' where user_id = %L$q$, (select editor from who))), 1::bigint,
  'an admin changes a role');
select is(tests.run_as('authenticated', (select admin from who),
  $q$delete from public.staff where user_id = '00000000-0000-4000-8000-0000000000aa'$q$), 1::bigint,
  'an admin removes a staff account');
select is(tests.run_as('authenticated', (select admin from who), $q$
  update public.arrangement set notes = 'sjekket' where id = (select id from public.arrangement limit 1)$q$), 1::bigint,
  'an admin edits programme data too');

select * from finish();
rollback;
