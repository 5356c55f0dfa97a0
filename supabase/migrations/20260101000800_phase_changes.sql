-- Arrangements whose co-funding phase changes from one year to the next, for the policy view's funding
-- table: for each year, the arrangements running at its end (today for the current year) whose phase next
-- year differs. Next year's phase is what the funding model gives if the arrangement goes on, so for the
-- current year this is the outlook budgets need ("who steps down to 40 % next year").
-- Phases use the timeline's codes: 7 = 75 %, 6 = 60 %, 4 = 40 %, 2 = 20 %, m = municipal, w = not started.
create function public.phase_code(p_phase text) returns text
language sql immutable set search_path = ''
as $$
  select case p_phase when 'cofunded_75' then '7' when 'stepdown_60' then '6' when 'stepdown_40' then '4'
                      when 'stepdown_20' then '2' when 'municipal' then 'm' else 'w' end
$$;
grant execute on function public.phase_code(text) to anon, authenticated, service_role;

create function public.phase_changes(
  p_from_year integer default 2012,
  p_to_year integer default extract(year from current_date)::integer
) returns jsonb
language sql stable set search_path = ''
as $$
  with running as (
    select y.year, c.arrangement_id,
           array_agg(c.kommunenummer order by c.kommunenummer) as members
    from generate_series(p_from_year, p_to_year) as y(year)
    cross join lateral public.coverage_at(least(make_date(y.year, 12, 31), current_date)) c
    where c.arrangement_id is not null
    group by y.year, c.arrangement_id
  )
  select coalesce(jsonb_agg(jsonb_build_object(
           'year', r.year,
           'arrangement_id', a.id,
           'name', a.name,
           'host_kommunenummer', a.host_kommunenummer,
           'members', to_jsonb(r.members),
           'cofunding_start_year', a.cofunding_start_year,
           'from', public.phase_code(now_phase.phase),
           'to', public.phase_code(next_phase.phase)
         ) order by r.year, a.name, a.id), '[]'::jsonb)
  from running r
  join public.arrangement a on a.id = r.arrangement_id
  cross join lateral public.funding_phase(a.cofunding_start_year, r.year) now_phase
  cross join lateral public.funding_phase(a.cofunding_start_year, r.year + 1) next_phase
  where a.cofunding_start_year is not null and now_phase.phase <> next_phase.phase
$$;
grant execute on function public.phase_changes(integer, integer) to anon, authenticated, service_role;
