-- Invited accounts choose their own password first (issue 19, item 9): the invitation says whether the account
-- starts with a temporary password, claiming it marks the staff member, and only a password change (the
-- password triggers call public.password_changed) clears the mark; nobody clears it by a call or an update.
begin;
select plan(8);

create temp table who as
  select tests.create_staff('admin@example.org', 'admin') as admin,
         gen_random_uuid() as newcomer, gen_random_uuid() as returning_user;
grant select on who to authenticated;
create temp table result (step text primary key, value jsonb);
grant all on result to authenticated;

select lives_ok($$
  select tests.run_as('authenticated', (select admin from who), $q$
    select public.invite_staff('ny@example.org', 'editor'), public.invite_staff('kjent@example.org', 'editor', false) $q$)
$$, 'an admin invites one address with a temporary password (the default) and one without');
select tests.run_as('authenticated', (select newcomer from who),
  $q$ insert into result select 'new', public.claim_staff_invitation() $q$, 'ny@example.org');
select tests.run_as('authenticated', (select returning_user from who),
  $q$ insert into result select 'known', public.claim_staff_invitation() $q$, 'kjent@example.org');
select is((select value->>'must_change_password' from result where step = 'new'), 'true',
  'the account with a temporary password must choose a new one');
select is((select value->>'must_change_password' from result where step = 'known'), 'false',
  'the account with its own password is not asked');

select is(tests.run_as('authenticated', (select newcomer from who),
  'update public.staff set must_change_password = false'), 0::bigint,
  'the person cannot clear the mark by an update');
select throws_ok($$ select tests.run_as('authenticated', (select newcomer from who),
  $q$ select public.password_changed((select newcomer from who)) $q$) $$, '42501', null,
  'nor by calling the function the password triggers use');

insert into private.staff_session (session_id, user_id, expires_at)
  select gen_random_uuid(), newcomer, now() + interval '1 hour' from who;
select public.password_changed((select newcomer from who));
select is((select must_change_password from public.staff where user_id = (select newcomer from who)), false,
  'a password change clears the mark');
select is((select count(*) from private.staff_session where user_id = (select newcomer from who) and ended_at is null),
  0::bigint, 'and ends the sessions it had');
select is((select must_change_password from public.staff where user_id = (select admin from who)), false,
  'accounts made otherwise are never marked');

select * from finish();
rollback;
