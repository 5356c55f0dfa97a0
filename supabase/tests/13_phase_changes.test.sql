-- phase_changes agrees with a count made here from the raw tables: arrangements running at the end of a year
-- (with at least one member then) whose programme year n = year - start + 1 is one where the funding model
-- steps (0 → 1: starts at 75 %, 3 → 4: 60 %, 4 → 5: 40 %, 5 → 6: 20 %, 6 → 7: municipal).
begin;
select plan(6);

create temp table t as select public.phase_changes(2012, extract(year from current_date)::integer) as v;
create temp table expected as
  select y as year, a.id
  from generate_series(2012, extract(year from current_date)::integer) y
  cross join public.arrangement a
  where a.cofunding_start_year is not null
    and y - a.cofunding_start_year + 1 in (0, 3, 4, 5, 6)
    and a.started_on <= least(make_date(y, 12, 31), current_date)
    and (a.ended_on is null or a.ended_on >= least(make_date(y, 12, 31), current_date))
    and exists (select 1 from public.arrangement_member m
                where m.arrangement_id = a.id and m.valid_from <= least(make_date(y, 12, 31), current_date)
                  and (m.valid_to is null or m.valid_to >= least(make_date(y, 12, 31), current_date)));

select ok((select count(*) from expected) > 0, 'the seed has arrangements that change phase');
select set_eq(
  $$ select (e->>'year')::integer, (e->>'arrangement_id')::uuid from jsonb_array_elements((select v from t)) e $$,
  $$ select year, id from expected $$,
  'the same arrangements change phase in the same years as counted from the raw tables');

select is(
  (select count(*) from jsonb_array_elements((select v from t)) e
   where (e->>'year')::integer - (e->>'cofunding_start_year')::integer + 1 = 3
     and (e->>'from', e->>'to') <> ('7', '6')),
  0::bigint, 'the third programme year steps from 75 % to 60 %');
select is(
  (select count(*) from jsonb_array_elements((select v from t)) e
   where (e->>'year')::integer - (e->>'cofunding_start_year')::integer + 1 = 6
     and (e->>'from', e->>'to') <> ('2', 'm')),
  0::bigint, 'the sixth programme year steps from 20 % to municipal funding');

-- An arrangement that ended is not in the years after its end, even if its phase would have changed. It is
-- placed in a municipality that had no arrangement in those years.
create temp table free as
  select mu.kommunenummer from public.municipality mu
  where not exists (select 1 from public.arrangement_member m
                    where m.kommunenummer = mu.kommunenummer and m.valid_from <= date '2017-06-30'
                      and (m.valid_to is null or m.valid_to >= date '2014-01-01'))
  order by mu.kommunenummer limit 1;
insert into public.arrangement (id, name, host_kommunenummer, started_on, ended_on, cofunding_start_year)
  select '00000000-0000-4000-8000-00000000e001', 'Avsluttet testordning', kommunenummer, '2014-01-01',
         '2017-06-30', 2014 from free;
insert into public.arrangement_member (arrangement_id, kommunenummer, valid_from, valid_to)
  select '00000000-0000-4000-8000-00000000e001', kommunenummer, '2014-01-01', '2017-06-30' from free;
select is(
  (select array_agg((e->>'year')::integer order by (e->>'year')::integer)
   from jsonb_array_elements(public.phase_changes(2012, 2026)) e
   where e->>'arrangement_id' = '00000000-0000-4000-8000-00000000e001'),
  array[2016], 'an ended arrangement changes phase only while it runs (2016, not 2017 after it ended)');
select is(
  (select e->'members' from jsonb_array_elements(public.phase_changes(2016, 2016)) e
   where e->>'arrangement_id' = '00000000-0000-4000-8000-00000000e001'),
  (select jsonb_build_array(kommunenummer) from free), 'members are those of the year');

select * from finish();
rollback;
