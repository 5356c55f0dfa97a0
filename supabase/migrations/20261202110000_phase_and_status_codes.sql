-- One place in SQL for the one-letter codes of the timeline (issue 16): public.phase_code maps a funding
-- phase's name to its code and public.status_code a coverage status's, and coverage_timeline uses them
-- instead of spelling the mapping out again. The same table lives in TypeScript (src/lib/domain/phase.ts and
-- status.ts), checked against these functions by src/lib/domain/domain.test.ts.
-- Codes: 7 = 75 %, 6 = 60 %, 4 = 40 %, 2 = 20 %, m = municipal, w = co-funding not started yet;
-- o = own, s = shared (inter-municipal), n = none. An unknown name has no code (null), rather than passing
-- for one of the others.
create or replace function public.phase_code(p_phase text) returns text
language sql immutable set search_path = ''
as $$
  select case p_phase when 'cofunded_75' then '7' when 'stepdown_60' then '6' when 'stepdown_40' then '4'
                      when 'stepdown_20' then '2' when 'municipal' then 'm' when 'not_started' then 'w' end
$$;

create function public.status_code(p_status text) returns text
language sql immutable set search_path = ''
as $$
  select case p_status when 'own' then 'o' when 'inter_municipal' then 's' when 'none' then 'n' end
$$;
grant execute on function public.status_code(text) to anon, authenticated, service_role;

-- As in 20261201700000_timeline_populations.sql, with the codes from the functions above. A municipality
-- without a coordinator has no phase ('-'); one in an arrangement without a co-funding start year gets
-- funding_phase's 'municipal'.
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
           public.status_code(c.status) as status_code,
           case when c.status = 'none' then '-' else public.phase_code(f.phase) end as phase_code
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
