-- The co-funding rule: 75 % in programme years 1–3, then 60, 40, 20 %, then the municipality pays in full.
begin;
select plan(10);

select results_eq(
  $$ select programme_year, phase, society_percent, phase_last_year, next_phase
     from generate_series(2019, 2027) y, public.funding_phase(2020, y) order by y $$,
  $$ values
     (0, 'not_started', 0, 2019, 'cofunded_75'),
     (1, 'cofunded_75', 75, 2022, 'stepdown_60'),
     (2, 'cofunded_75', 75, 2022, 'stepdown_60'),
     (3, 'cofunded_75', 75, 2022, 'stepdown_60'),
     (4, 'stepdown_60', 60, 2023, 'stepdown_40'),
     (5, 'stepdown_40', 40, 2024, 'stepdown_20'),
     (6, 'stepdown_20', 20, 2025, 'municipal'),
     (7, 'municipal', 0, null::integer, null::text),
     (8, 'municipal', 0, null::integer, null::text) $$,
  'a position co-funded from 2020 steps down from 2023 and is municipal from 2026'
);
select is((select phase from public.funding_phase(null, 2024)), 'municipal', 'no co-funding start year: municipal funding');
select is((select society_percent from public.funding_phase(null, 2024)), 0, 'no co-funding: the Society pays nothing');
select is((select programme_year from public.funding_phase(null, 2024)), null, 'no co-funding: no programme year');
select is((select phase from public.funding_phase(2012, 2012)), 'cofunded_75', 'the first programme year is 75 %');
select is((select phase from public.funding_phase(2012, 2017)), 'stepdown_20', 'the sixth year is 20 %');
select is((select phase from public.funding_phase(2012, 2018)), 'municipal', 'the seventh year is municipal');

insert into public.arrangement (id, name, host_kommunenummer, started_on, cofunding_start_year) values
  ('00000000-0000-4000-8000-0000000000f1', 'Fundingtest', '0301', '2022-03-01', 2022);
select is(
  (select phase || ' ' || society_percent || ' ' || phase_last_year
     from public.arrangement_funding_at('2025-06-01') where arrangement_id = '00000000-0000-4000-8000-0000000000f1'),
  'stepdown_60 60 2025', 'arrangement_funding_at gives the phase of each arrangement at a date');
select is(
  (select count(*) from public.arrangement_funding_at('2021-06-01') where arrangement_id = '00000000-0000-4000-8000-0000000000f1'),
  0::bigint, 'an arrangement that has not started has no funding row');
select is(
  (select count(*) from public.arrangement_funding_at(current_date) f
     join public.arrangement a on a.id = f.arrangement_id
    where a.ended_on < current_date),
  0::bigint, 'ended arrangements have no current funding row');

select * from finish();
rollback;
