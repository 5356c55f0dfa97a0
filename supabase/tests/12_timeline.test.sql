-- The timeline agrees with coverage_at and funding_phase for every year, counted independently here.
begin;
select plan(5);

create temp table t as select public.coverage_timeline(2012, 2026) as v;

select is((select count(*) from jsonb_object_keys((select v->'statuses' from t))), 357::bigint,
  'every municipality has a status string');
select is((select min(length(value)) from jsonb_each_text((select v->'statuses' from t))), 15,
  'one status per year, 2012 to 2026');

-- For several years: the count of own/shared/none from the strings equals counting coverage_at directly.
select is(
  (select array_agg(n order by year) from (
    select y as year, count(*) filter (where substr(value, y - 2011, 1) = 'o') as n
    from generate_series(2012, 2026, 3) y, jsonb_each_text((select v->'statuses' from t)) group by y) q),
  (select array_agg(n order by year) from (
    select y as year, (select count(*) from public.coverage_at(least(make_date(y, 12, 31), current_date)) c
                       where c.status = 'own') as n
    from generate_series(2012, 2026, 3) y) q),
  'own-coordinator counts per year match coverage_at');
select is(
  (select count(*) from jsonb_each_text((select v->'statuses' from t)) where substr(value, 15, 1) = 'n'),
  (select count(*) from public.municipality mu where not exists (
     select 1 from public.arrangement_member m join public.arrangement a on a.id = m.arrangement_id
     where m.kommunenummer = mu.kommunenummer and m.valid_from <= least(date '2026-12-31', current_date)
       and (m.valid_to is null or m.valid_to >= least(date '2026-12-31', current_date))
       and (a.ended_on is null or a.ended_on >= least(date '2026-12-31', current_date)))),
  'municipalities without a coordinator in the last year match a count from the raw tables');
select ok(
  (select bool_and((s = 'n') = (p = '-'))
   from jsonb_each_text((select v->'statuses' from t)) st(k, sv)
   join jsonb_each_text((select v->'phases' from t)) ph(k, pv) using (k)
   cross join lateral generate_series(1, 15) i
   cross join lateral (select substr(sv, i, 1) as s, substr(pv, i, 1) as p) x),
  'a phase is given exactly when there is a coordinator');

select * from finish();
rollback;
