-- Open data: every municipality's coverage at the end of each year (today for the current year), one row per
-- year and municipality, with the arrangement it was in (so "shared with whom" can be told), the co-funding
-- phase and the population figure the year's summaries use. The downloads at /data, the municipality's own
-- history and the open-data tests read this; its counts equal public.coverage_history's by construction
-- (both come from public.coverage_at and public.population_year_for).
create function public.municipality_year_history(
  p_from_year integer default 2012,
  p_to_year integer default extract(year from current_date)::integer,
  p_kommunenummer text default null
)
returns table (
  year integer,
  at date,
  kommunenummer text,
  fylkesnummer text,
  name text,
  status text,
  arrangement_id uuid,
  arrangement_name text,
  host_kommunenummer text,
  member_count integer,
  cofunding_start_year integer,
  programme_year integer,
  funding_phase text,
  society_percent integer,
  population_year integer,
  population integer
)
language sql stable set search_path = ''
as $$
  select y.year, d.at, c.kommunenummer, mu.fylkesnummer, mu.name, c.status, c.arrangement_id, c.arrangement_name,
         c.host_kommunenummer, c.member_count, a.cofunding_start_year,
         f.programme_year, f.phase, f.society_percent, py.year, pop.population
  from generate_series(p_from_year, p_to_year) as y(year)
  cross join lateral (select least(make_date(y.year, 12, 31), current_date) as at) d
  cross join lateral (select public.population_year_for(extract(year from d.at)::integer) as year) py
  cross join lateral public.coverage_at(d.at) c
  join public.municipality mu on mu.kommunenummer = c.kommunenummer
  left join public.arrangement a on a.id = c.arrangement_id
  left join lateral public.funding_phase(a.cofunding_start_year, y.year) f on a.id is not null
  left join public.municipality_population pop on pop.kommunenummer = c.kommunenummer and pop.year = py.year
  where p_kommunenummer is null or c.kommunenummer = p_kommunenummer
  order by y.year, c.kommunenummer
$$;
comment on function public.municipality_year_history is
  'Status, arrangement, co-funding phase and population of each municipality at the end of each year (2024 structure).';

-- The same as JSON, for the transports (which call functions returning one JSON value).
create function public.municipality_year_history_json(
  p_from_year integer default 2012,
  p_to_year integer default extract(year from current_date)::integer,
  p_kommunenummer text default null
) returns jsonb
language sql stable set search_path = ''
as $$
  select coalesce(jsonb_agg(to_jsonb(h) order by h.year, h.kommunenummer), '[]'::jsonb)
  from public.municipality_year_history(p_from_year, p_to_year, p_kommunenummer) h
$$;

grant execute on function public.municipality_year_history(integer, integer, text),
  public.municipality_year_history_json(integer, integer, text) to anon, authenticated, service_role;
