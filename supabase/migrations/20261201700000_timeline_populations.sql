-- The timeline also carries each municipality's population for the population years its years use
-- (public.population_year_for; the history rows name theirs), so that the dashboard's list of municipalities
-- and its CSV show the same population year as its headline figures (for 2014 the 2024 figures, the earliest
-- there are), not today's. A few kilobytes: three population years at most for the series SSB gives.
create or replace function public.coverage_timeline(
  p_from_year integer default 2012,
  p_to_year integer default extract(year from current_date)::integer
) returns jsonb
language sql stable set search_path = ''
as $$
  with years as (
    select y.year, least(make_date(y.year, 12, 31), current_date) as at
    from generate_series(p_from_year, p_to_year) as y(year)
  ),
  per_year as (
    select y.year, c.kommunenummer,
           case c.status when 'own' then 'o' when 'inter_municipal' then 's' else 'n' end as status_code,
           case
             when c.status = 'none' then '-'
             when a.cofunding_start_year is null then 'm'
             else case f.phase when 'cofunded_75' then '7' when 'stepdown_60' then '6' when 'stepdown_40' then '4'
                               when 'stepdown_20' then '2' when 'municipal' then 'm' else 'w' end
           end as phase_code
    from years y
    cross join lateral public.coverage_at(y.at) c
    left join public.arrangement a on a.id = c.arrangement_id
    left join lateral public.funding_phase(a.cofunding_start_year, y.year) f on a.id is not null
  ),
  per_municipality as (
    select kommunenummer,
           string_agg(status_code, '' order by year) as statuses,
           string_agg(phase_code, '' order by year) as phases
    from per_year
    group by kommunenummer
  )
  select jsonb_build_object(
    'from_year', p_from_year,
    'to_year', p_to_year,
    'statuses', (select jsonb_object_agg(kommunenummer, statuses) from per_municipality),
    'phases', (select jsonb_object_agg(kommunenummer, phases) from per_municipality),
    'populations', coalesce((
      select jsonb_object_agg(py.year::text, (
        select jsonb_object_agg(pop.kommunenummer, pop.population)
        from public.municipality_population pop where pop.year = py.year))
      from (select distinct public.population_year_for(y) as year
            from generate_series(p_from_year, p_to_year) y) py
      where py.year is not null), '{}'::jsonb),
    'history', (select jsonb_agg(to_jsonb(h) order by h.year, h.fylkesnummer nulls first)
                from public.coverage_history(p_from_year, p_to_year) h)
  )
$$;
