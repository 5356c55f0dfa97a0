-- Open data: the per-municipality history agrees with the summaries (public.coverage_history) in every year,
-- and anonymous visitors can read it.
begin;
select plan(4);

select is(
  (select count(*) from public.municipality_year_history(2012, 2025)),
  14 * (select count(*) from public.municipality),
  'one row per municipality and year');

select is(
  (select array_agg(row(year, own, inter_municipal, uncovered, population_covered)::text order by year)
   from public.coverage_history(2012, 2025) where fylkesnummer is null),
  (select array_agg(row(year, own, shared, none, covered_pop)::text order by year) from (
     select year, count(*) filter (where status = 'own')::integer as own,
            count(*) filter (where status = 'inter_municipal')::integer as shared,
            count(*) filter (where status = 'none')::integer as none,
            coalesce(sum(population) filter (where status <> 'none'), 0)::bigint as covered_pop
     from public.municipality_year_history(2012, 2025) group by year) h),
  'every year''s counts and covered population equal coverage_history''s');

select is(
  (select count(*) from public.municipality_year_history(2012, 2025)
   where status = 'none' and (arrangement_id is not null or funding_phase is not null)),
  0::bigint, 'a municipality without a coordinator has no arrangement and no phase');

select is(
  tests.run_as('anon', null, $q$ select * from jsonb_array_elements(public.municipality_year_history_json(2020, 2020, '4627')) $q$),
  1::bigint, 'anonymous visitors read one municipality''s history');

select * from finish();
rollback;
