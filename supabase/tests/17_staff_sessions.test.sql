-- Staff sessions end for good: at sign-out, when the role changes or is removed, and when the password
-- changes; nobody reads the session table, and nobody can look at or end someone else's session.
begin;
select plan(14);

create temp table who as
  select tests.create_staff('okt-admin@example.org', 'admin') as admin,
         tests.create_staff('okt-redaktor@example.org', 'editor') as editor,
         gen_random_uuid() as s1, gen_random_uuid() as s2, gen_random_uuid() as s3, gen_random_uuid() as s4;
grant select on who to anon, authenticated;
create temp table answer (step text primary key, value boolean);
grant all on answer to authenticated, anon;

create function pg_temp.active(p_user uuid, p_session uuid) returns boolean
language plpgsql as $$
declare result boolean;
begin
  perform set_config('request.jwt.claims', jsonb_build_object('role', 'authenticated', 'sub', p_user)::text, true);
  set local role authenticated;
  select public.staff_session_active(p_session) into result;
  reset role;
  return result;
end
$$;

select lives_ok($$
  select tests.run_as('authenticated', (select editor from who),
    $q$ select public.begin_staff_session((select s1 from who), now() + interval '8 hours') $q$)
$$, 'a signed-in editor starts a session');
select is(pg_temp.active((select editor from who), (select s1 from who)), true, 'the session is open');
select is(pg_temp.active((select admin from who), (select s1 from who)), false,
  'the same session id is not open for anyone else');
select throws_ok($$
  select tests.run_as('anon', null, $q$ select public.begin_staff_session(gen_random_uuid(), now() + interval '1 hour') $q$)
$$, '42501', null, 'anonymous visitors cannot start a session');
select throws_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$ select * from private.staff_session $q$)
$$, '42501', null, 'no client role reads the session table');
select throws_ok($$
  select tests.run_as('authenticated', (select editor from who),
    $q$ update private.staff_session set ended_at = null $q$)
$$, '42501', null, 'nor changes it');

-- Someone else cannot end the session; its owner can, and then it stays ended.
select tests.run_as('authenticated', (select admin from who), $q$ select public.end_staff_session((select s1 from who)) $q$);
select is(pg_temp.active((select editor from who), (select s1 from who)), true, 'another user cannot end it');
select tests.run_as('authenticated', (select editor from who), $q$ select public.end_staff_session((select s1 from who)) $q$);
select is(pg_temp.active((select editor from who), (select s1 from who)), false, 'signing out ends the session');
select throws_ok($$
  select tests.run_as('authenticated', (select editor from who),
    $q$ select public.begin_staff_session((select s1 from who), now() + interval '8 hours') $q$)
$$, '23505', null, 'an ended session cannot be started again');

-- A session asked for beyond 12 hours lasts 12 hours.
select tests.run_as('authenticated', (select editor from who),
  $q$ select public.begin_staff_session((select s2 from who), now() + interval '30 days') $q$);
select ok((select expires_at <= now() + interval '12 hours' from private.staff_session where session_id = (select s2 from who)),
  'a session lasts at most 12 hours');

-- A role change ends the person's sessions; another person's sessions stay open.
select tests.run_as('authenticated', (select admin from who),
  $q$ select public.begin_staff_session((select s3 from who), now() + interval '8 hours') $q$);
update public.staff set role = 'admin' where user_id = (select editor from who);
select is(pg_temp.active((select editor from who), (select s2 from who)), false, 'a changed role ends the sessions');
select is(pg_temp.active((select admin from who), (select s3 from who)), true, 'of that person only');

-- Removing the role ends them too.
select tests.run_as('authenticated', (select editor from who),
  $q$ select public.begin_staff_session((select s4 from who), now() + interval '8 hours') $q$);
delete from public.staff where user_id = (select editor from who);
select is(pg_temp.active((select editor from who), (select s4 from who)), false, 'a removed role ends the sessions');

-- A changed password ends them as well: the trigger the migration puts on Supabase Auth's users table,
-- here on a stand-in with the same columns (plain PostgreSQL has no auth.users).
create temp table users_stand_in (id uuid primary key, encrypted_password text);
insert into users_stand_in values ((select admin from who), 'old hash');
create trigger password_changed_ends_sessions after update of encrypted_password on users_stand_in
  for each row when (old.encrypted_password is distinct from new.encrypted_password)
  execute function public.password_changed_ends_sessions();
update users_stand_in set encrypted_password = 'new hash';
select is(pg_temp.active((select admin from who), (select s3 from who)), false, 'a changed password ends the sessions');

select * from finish();
rollback;
