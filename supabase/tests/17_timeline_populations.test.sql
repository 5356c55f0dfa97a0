-- The timeline's populations: for each year's population year (population_year_for), every municipality's
-- figure, the same as the table; the history rows' totals are the sums of those figures.
begin;
select plan(4);

create temp table t as select public.coverage_timeline(2012, 2026) as v;

select is(
  (select array_agg(k order by k) from jsonb_object_keys((select v->'populations' from t)) k),
  (select array_agg(distinct public.population_year_for(y)::text) from generate_series(2012, 2026) y),
  'one population year for each year''s population_year_for, and no other');
select is(
  (select count(*) from jsonb_each((select v->'populations'->'2024' from t))),
  357::bigint,
  'every municipality has a 2024 population');
select is(
  (select (v->'populations'->'2024'->>'4627')::integer from t),
  (select population from public.municipality_population where year = 2024 and kommunenummer = '4627'),
  'Askøy''s 2024 population is the table''s');
-- 2014 uses 2024's figures: the national row's population is the sum of that year's municipalities.
select is(
  (select (h->>'population')::bigint from t, jsonb_array_elements(v->'history') h
    where (h->>'year')::int = 2014 and h->>'fylkesnummer' is null),
  (select sum(value::bigint)::bigint from t, jsonb_each_text(v->'populations'->(
     (select h->>'population_year' from jsonb_array_elements(v->'history') h
      where (h->>'year')::int = 2014 and h->>'fylkesnummer' is null)))),
  'the 2014 national population is the sum over the population year it names');

select * from finish();
rollback;
