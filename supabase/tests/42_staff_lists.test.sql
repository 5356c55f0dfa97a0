-- The staff lists: future arrangements show their members, scheduled moves are listed, and a membership
-- clash names the other arrangement with its dates.
begin;
select plan(5);

create temp table who as select tests.create_staff('lister@example.org', 'editor') as editor;
grant select on who to authenticated;
create temp table picks as select tests.uncovered_municipalities(2) as k;
grant select on picks to authenticated;
create temp table result (step text primary key, value jsonb);
grant all on result to authenticated;

-- An arrangement that starts in three years, of two municipalities; one of them leaves after a year.
select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'future', public.save_arrangement(null, null, 'Fremtidig samarbeid', (select k[1] from picks),
      (current_date + interval '3 years')::date, null, null, 100, null, array[(select k[1] from picks), (select k[2] from picks)])$q$)
$$, 'a future arrangement is saved');
update public.arrangement_member set valid_to = (current_date + interval '4 years')::date
  where arrangement_id = (select (value->>'id')::uuid from result) and kommunenummer = (select k[2] from picks);

create temp view listed as
  select x from jsonb_array_elements(public.arrangements_for_staff()) x
  where x->>'id' = (select value->>'id' from result);
select is(jsonb_array_length((select x->'members' from listed)), 2, 'the overview lists its members from its first day');
select is((select x->'scheduled'->0->>'change' from listed), 'leaves', 'the move out is scheduled …');
select is((select x->'scheduled'->0->>'on' from listed), ((current_date + interval '4 years')::date + 1)::text,
  '… from the day after the membership ends');

-- Putting one of them into another arrangement at the same time clashes with this one, by name and date.
select is(
  (select c->>'arrangement_name' || ' ' || (c->>'valid_from')
   from jsonb_array_elements(public.membership_clashes(null, array[(select k[1] from picks)],
                                                       (current_date + interval '5 years')::date)) c),
  'Fremtidig samarbeid ' || (current_date + interval '3 years')::date::text,
  'the clash names the other arrangement and when its membership starts');

select * from finish();
rollback;
