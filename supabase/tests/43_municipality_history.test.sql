-- One municipality's history (public.municipality_history): the same status, arrangement and phase as the
-- open data's year rows (public.municipality_year_history) for every municipality and year, the partners are
-- the arrangement's other members at the end of the year, a municipality whose status changed reads as it
-- did, and anonymous visitors can read it.
begin;
select plan(9);

create temp table h as select public.municipality_history(null, 2012, 2025) as v;
create temp view h_rows as
  select k.key as kommunenummer, y.value as y
  from h, jsonb_each(h.v) k, jsonb_array_elements(k.value) y;

select is((select count(*) from jsonb_object_keys((select v from h))), 357::bigint, 'every municipality has a history');
select is((select count(*) from h_rows), 14 * 357::bigint, 'one entry per municipality and year');

select is(
  (select count(*) from (
    select kommunenummer, (y->>'year')::int, y->>'status', (y->>'arrangement_id')::uuid, y->>'arrangement_name',
           y->>'host_kommunenummer', (y->>'cofunding_start_year')::int, (y->>'programme_year')::int,
           y->>'funding_phase', (y->>'society_percent')::int
    from h_rows
    except
    select kommunenummer, year, status, arrangement_id, arrangement_name, host_kommunenummer, cofunding_start_year,
           programme_year, funding_phase, society_percent
    from public.municipality_year_history(2012, 2025)) d),
  0::bigint,
  'every year''s status, arrangement and phase equal municipality_year_history''s');

-- Partners from the membership table itself, not from coverage_at.
select is(
  (select count(*) from h_rows r
   where (select coalesce(array_agg(p->>'kommunenummer' order by p->>'kommunenummer'), '{}')
          from jsonb_array_elements(r.y->'partners') p)
      <> (select coalesce(array_agg(m.kommunenummer order by m.kommunenummer), '{}')
          from public.arrangement_member m join public.arrangement a on a.id = m.arrangement_id
          where m.arrangement_id = (r.y->>'arrangement_id')::uuid and m.kommunenummer <> r.kommunenummer
            and m.valid_from <= (r.y->>'at')::date and (m.valid_to is null or m.valid_to >= (r.y->>'at')::date)
            and a.started_on <= (r.y->>'at')::date and (a.ended_on is null or a.ended_on >= (r.y->>'at')::date))),
  0::bigint,
  'the partners are the other members of the arrangement at the end of each year');

-- A municipality that changed: Fedje alone 2014–2016 (co-funded from 2014), then with Austrheim until the
-- arrangement ended in mid-2019, then none.
delete from public.arrangement_member where kommunenummer in ('4633', '4632');
insert into public.arrangement (id, name, host_kommunenummer, started_on, ended_on, cofunding_start_year) values
  ('00000000-0000-4000-8000-0000000000f1', 'Fedje og Austrheim', '4633', '2014-03-01', '2019-06-30', 2014);
insert into public.arrangement_member (arrangement_id, kommunenummer, valid_from, valid_to) values
  ('00000000-0000-4000-8000-0000000000f1', '4633', '2014-03-01', '2019-06-30'),
  ('00000000-0000-4000-8000-0000000000f1', '4632', '2017-01-01', '2019-06-30');

select results_eq(
  $$ select (y->>'year')::int, y->>'status', y->>'funding_phase',
            (select string_agg(p->>'name', ', ') from jsonb_array_elements(y->'partners') p)
     from jsonb_array_elements(public.municipality_history('4633', 2013, 2020)->'4633') y $$,
  $$ values (2013, 'none', null::text, null::text),
            (2014, 'own', 'cofunded_75', null), (2015, 'own', 'cofunded_75', null),
            (2016, 'own', 'cofunded_75', null), (2017, 'inter_municipal', 'stepdown_60', 'Austrheim'),
            (2018, 'inter_municipal', 'stepdown_40', 'Austrheim'),
            (2019, 'none', null, null), (2020, 'none', null, null) $$,
  'Fedje''s years: none, own and co-funded, shared with Austrheim as the phase stepped down, none again');

select is(
  (select jsonb_object_keys(public.municipality_history('4633', 2020, 2020))),
  '4633', 'one municipality asked, one municipality answered');
select is(public.municipality_history('9999'), '{}'::jsonb, 'an unknown municipality has no history');

select is(
  tests.run_as('anon', null, $q$ select * from jsonb_each(public.municipality_history('4627', 2020, 2021)) $q$),
  1::bigint, 'anonymous visitors read a municipality''s history');

-- The year rows for one municipality (filtered before the phases are looked up) equal the full rows' own.
select is(
  (select count(*) from (
     (select * from public.municipality_year_history(2012, 2025, '4633')
      except all
      select * from public.municipality_year_history(2012, 2025) where kommunenummer = '4633')
     union all
     (select * from public.municipality_year_history(2012, 2025) where kommunenummer = '4633'
      except all
      select * from public.municipality_year_history(2012, 2025, '4633'))) d),
  0::bigint, 'one municipality''s year rows equal its rows in the whole history');

select * from finish();
rollback;
