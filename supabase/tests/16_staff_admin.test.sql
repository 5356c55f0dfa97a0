-- Staff accounts: only admins see and change them; invitations are taken up at first sign-in with the
-- invited e-mail address; the last admin cannot be removed.
begin;
select plan(11);

create temp table who as
  select tests.create_staff('admin@example.org', 'admin') as admin,
         tests.create_staff('editor@example.org', 'editor') as editor,
         gen_random_uuid() as newcomer, gen_random_uuid() as stranger;
grant select on who to authenticated;
create temp table result (step text primary key, value jsonb);
grant all on result to authenticated;

select throws_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    select x from (select public.staff_overview() as x) q where x is not null $q$)
$$, '42501', null, 'an editor cannot see the staff accounts');
select throws_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$ select public.invite_staff('x@example.org', 'admin') $q$)
$$, '42501', null, 'an editor cannot invite anyone');
select throws_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$ insert into public.staff_invitation (email, role) values ('x@example.org', 'admin') $q$)
$$, '42501', null, 'nor write invitations directly (row-level security)');

select lives_ok($$
  select tests.run_as('authenticated', (select admin from who), $q$
    insert into result select 'invite', public.invite_staff(' Ny.Ansatt@Example.org ', 'editor') $q$)
$$, 'an admin invites an e-mail address as editor');
select is((select value->>'status' from result where step = 'invite'), 'invited', 'the invitation is stored');

-- Someone else signing in does not get the access; the invited address does.
select tests.run_as('authenticated', (select stranger from who),
  $q$ insert into result select 'stranger', public.claim_staff_invitation() $q$, 'annen@example.org');
select is((select value from result where step = 'stranger'), null, 'a different e-mail address gets nothing');
select tests.run_as('authenticated', (select newcomer from who),
  $q$ insert into result select 'claim', public.claim_staff_invitation() $q$, 'ny.ansatt@example.org');
select is((select value->>'role' from result where step = 'claim'), 'editor',
  'the invited address becomes an editor at first sign-in');
select is((select count(*) from public.staff_invitation), 0::bigint, 'the invitation is used up');

select lives_ok($$
  select tests.run_as('authenticated', (select admin from who), $q$
    insert into result select 'promote', public.set_staff_role((select newcomer from who), 'admin') $q$)
$$, 'an admin makes the newcomer an admin');
select lives_ok($$
  select tests.run_as('authenticated', (select admin from who), $q$
    insert into result select 'demote-self', public.set_staff_role((select admin from who), 'none') $q$)
$$, 'an admin can leave while another admin remains');
select throws_ok($$
  select tests.run_as('authenticated', (select newcomer from who), $q$
    select public.set_staff_role((select newcomer from who), 'editor') $q$)
$$, '23514', null, 'the last admin cannot step down');

select * from finish();
rollback;
