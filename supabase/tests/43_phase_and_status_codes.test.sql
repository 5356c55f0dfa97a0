-- The timeline's one-letter codes come from one place each (public.phase_code, public.status_code): every
-- name has its own code, an unknown name has none, and coverage_timeline writes, for every municipality and
-- year, exactly the codes of coverage_at's status and funding_phase's phase.
begin;
select plan(6);

select is(
  (select array_agg(public.phase_code(p) order by i)
   from unnest(array['cofunded_75', 'stepdown_60', 'stepdown_40', 'stepdown_20', 'municipal', 'not_started'])
        with ordinality u(p, i)),
  array['7', '6', '4', '2', 'm', 'w'],
  'each funding phase has its code');
select is(public.phase_code('cofunded_80'), null, 'a funding phase that does not exist has no code');
select is(
  (select array_agg(public.status_code(s) order by i)
   from unnest(array['own', 'inter_municipal', 'none']) with ordinality u(s, i)),
  array['o', 's', 'n'],
  'each status has its code');
select is(public.status_code('shared'), null, 'a status that does not exist has no code');

create temp table t as select public.coverage_timeline(2012, 2020) as v;
create temp table expected as
  select y.year, c.kommunenummer, public.status_code(c.status) as status,
         case when c.status = 'none' then '-' else public.phase_code(f.phase) end as phase
  from generate_series(2012, 2020) y(year)
  cross join lateral public.coverage_at(make_date(y.year, 12, 31)) c
  left join public.arrangement a on a.id = c.arrangement_id
  left join lateral public.funding_phase(a.cofunding_start_year, y.year) f on true;

select set_eq(
  $$ select 2012 + i - 1, s.key, substr(s.value, i, 1)
     from jsonb_each_text((select v->'statuses' from t)) s, generate_series(1, 9) i $$,
  $$ select year, kommunenummer, status from expected $$,
  'the timeline''s status codes are status_code of coverage_at, every municipality and year');
select set_eq(
  $$ select 2012 + i - 1, p.key, substr(p.value, i, 1)
     from jsonb_each_text((select v->'phases' from t)) p, generate_series(1, 9) i $$,
  $$ select year, kommunenummer, phase from expected $$,
  'the timeline''s phase codes are phase_code of funding_phase, every municipality and year');

select * from finish();
rollback;
