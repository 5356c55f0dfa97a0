-- The editing functions: staff only, optimistic concurrency, memberships over time, undo of a whole save.
begin;
select plan(20);

create temp table who as
  select tests.create_staff('editor@example.org', 'editor') as editor, gen_random_uuid() as outsider;
grant select on who to authenticated, anon;
create temp table result (step text primary key, value jsonb);
grant all on result to authenticated;
-- Three municipalities without an arrangement in the demo data, so that memberships cannot overlap.
create temp table picks as select tests.uncovered_municipalities(3) as k;
grant select on picks to authenticated;

-- Not staff: refused, by the function and by row-level security.
select throws_ok($$
  select tests.run_as('authenticated', (select outsider from who), $q$
    select public.save_arrangement(null, null, 'Ny ordning', '0301', '2030-01-01', null, 2030, 100, null,
                                   array['0301'])$q$)
$$, '42501', null, 'a signed-in non-staff user cannot save an arrangement');
select throws_ok($$
  select tests.run_as('anon', null, $q$ select 1 from (select public.needs_attention() as x) q where x is not null $q$)
$$, '42501', null, 'anonymous visitors cannot call the editing functions');
select is(tests.run_as('authenticated', (select outsider from who), $q$ select public.current_staff() $q$),
  1::bigint, 'current_staff answers for anyone signed in …');
select is((select public.current_staff()), null, '… and is null for someone who is not staff');

-- A new inter-municipal arrangement.
select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'new', public.save_arrangement(null, null, '  Testsamarbeid ', (select k[1] from picks), '2030-01-01',
      null, 2030, 100, null, array[(select k[1] from picks), (select k[2] from picks)], '2030-01-01')$q$)
$$, 'an editor creates an arrangement with two members');
select is((select value->>'status' from result where step = 'new'), 'saved', 'the save reports success');
select is((select name from public.arrangement where id = (select (value->>'id')::uuid from result where step = 'new')),
  'Testsamarbeid', 'the name is stored trimmed');
select is(
  (select array_agg(kommunenummer order by kommunenummer) from public.arrangement_member
    where arrangement_id = (select (value->>'id')::uuid from result where step = 'new')),
  (select array[k[1], k[2]] from picks), 'both members are in it from the start');

-- Change it: remove one member from 2031, add another.
select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'change', public.save_arrangement((select (value->>'id')::uuid from result where step = 'new'),
      1, 'Testsamarbeid', (select k[1] from picks), '2030-01-01', null, 2030, 120, null, array[(select k[1] from picks), (select k[3] from picks)], '2031-01-01')$q$)
$$, 'an editor changes the members from a date');
select is((select value->>'version' from result where step = 'change'), '2', 'the arrangement has version 2');
select is(
  (select valid_to from public.arrangement_member
    where arrangement_id = (select (value->>'id')::uuid from result where step = 'new') and kommunenummer = (select k[2] from picks)),
  '2030-12-31'::date, 'the removed member stays a member until the day before');
select is(
  (select valid_from from public.arrangement_member
    where arrangement_id = (select (value->>'id')::uuid from result where step = 'new') and kommunenummer = (select k[3] from picks)),
  '2031-01-01'::date, 'the added member joins on the date');
select is(public.arrangement_for_edit((select (value->>'id')::uuid from result where step = 'new'), '2030-06-01')->'members',
  (select jsonb_build_array(k[1], k[2]) from picks), 'the edit view on a date before shows the members of then');

-- A save based on version 1 is refused with the newer values.
select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'stale', public.save_arrangement((select (value->>'id')::uuid from result where step = 'new'),
      1, 'Gammelt navn', (select k[1] from picks), '2030-01-01', null, 2030, 100, null, array[(select k[1] from picks)])$q$)
$$, 'a save from an old version runs …');
select is((select value->>'status' from result where step = 'stale'), 'conflict', '… and is refused as a conflict');
select is((select value->'current'->>'position_percent' from result where step = 'stale'), '120.0',
  'the conflict answer carries the newer values');
select is((select name from public.arrangement where id = (select (value->>'id')::uuid from result where step = 'new')),
  'Testsamarbeid', 'nothing was overwritten');

-- The host must be a member; constraint names reach the caller.
select throws_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    select public.save_arrangement(null, null, 'Feil', '0301', '2030-01-01', null, null, null, null, array[(select k[1] from picks)])$q$)
$$, '23514', null, 'a host outside the members is refused');

-- Undo the change of members: the whole save is taken back in one go.
select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'undo', public.undo_change((select max(id) from public.audit_log
      where table_name = 'arrangement' and record_id = (select (value->>'id')::uuid from result where step = 'new')))$q$)
$$, 'an editor undoes the last save');
select is(
  (select jsonb_build_object('percent', a.position_percent, 'members',
     (select jsonb_agg(kommunenummer order by kommunenummer) from public.arrangement_member m
       where m.arrangement_id = a.id and m.valid_to is null))
   from public.arrangement a where a.id = (select (value->>'id')::uuid from result where step = 'new')),
  (select jsonb_build_object('percent', 100.0, 'members', jsonb_build_array(k[1], k[2])) from picks),
  'undo restored the position and the members as they were before');

select * from finish();
rollback;
