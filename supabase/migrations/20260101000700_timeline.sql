-- The policy view over time: every municipality's status and co-funding phase at the end of each year (today
-- for the current year), one character per year, with the national and county summaries of the same years.
-- Compact on purpose: 357 municipalities × 15 years is a few kilobytes, and changing the year in the browser
-- restyles the map without asking the server again.
--   status: o = own coordinator, s = shared (inter-municipal), n = none
--   phase:  7 = 75 %, 6 = 60 %, 4 = 40 %, 2 = 20 % (Cancer Society's share), m = municipal funding,
--           w = co-funding not started yet, - = no coordinator
create function public.coverage_timeline(
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
    'history', (select jsonb_agg(to_jsonb(h) order by h.year, h.fylkesnummer nulls first)
                from public.coverage_history(p_from_year, p_to_year) h)
  )
$$;
grant execute on function public.coverage_timeline(integer, integer) to anon, authenticated, service_role;
