-- Everything the public pages show, in one call, so that the server can keep it in memory and serve
-- thousands of visitors from there; and a cheap version to poll, so that an edit reaches the public pages
-- within seconds without reloading the whole snapshot every time.

create function public.public_snapshot(p_at date default current_date)
returns jsonb
language sql stable set search_path = ''
as $$
  select jsonb_build_object(
    'map', public.map_snapshot(p_at),
    'details', (select jsonb_object_agg(kommunenummer, detail) from public.municipality_details(p_at))
  )
$$;

-- Changes whenever programme data changes (every write is in the audit log, deletes too), when the
-- dataset is marked, and at midnight (coverage and funding phases depend on the date).
-- security definer: anonymous callers learn only a number, not the audit log.
create function public.data_version()
returns text
language sql stable security definer set search_path = ''
as $$
  select concat_ws(':',
    coalesce((select max(id) from public.audit_log), 0),
    (select extract(epoch from updated_at)::bigint from public.dataset_info),
    current_date)
$$;

grant execute on function public.public_snapshot(date), public.data_version() to anon, authenticated, service_role;

-- Open data: every municipality's coverage at the end of each year (today for the current year), one row per
-- year and municipality, with the arrangement it was in (so "shared with whom" can be told), the co-funding
-- phase and the population figure the year's summaries use. The downloads at /data, the municipality's own
-- history and the open-data tests read this; its counts equal public.coverage_history's by construction
-- (both come from public.coverage_at and public.population_year_for).
-- Each year's coverage is computed once: as a function with a parameter the planner ran public.coverage_at and
-- public.funding_phase once per municipality and year (2.7 s for one municipality, 16 s for the whole history
-- on the test database), and PostgreSQL's JIT, which the row estimates of the nested set-returning functions
-- set off, spent seconds compiling a query that runs in 0.2 s (jit = off; PGlite has no JIT).
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
language sql stable set search_path = '' set jit = off
as $$
  with years as materialized (
    select y.year, d.at, public.population_year_for(extract(year from d.at)::integer) as population_year
    from generate_series(p_from_year, p_to_year) as y(year)
    cross join lateral (select least(make_date(y.year, 12, 31), current_date) as at) d
  ),
  cov as materialized (
    select y.year, y.at, y.population_year, c.kommunenummer, c.status, c.arrangement_id, c.arrangement_name,
           c.host_kommunenummer, c.member_count
    from years y
    cross join lateral public.coverage_at(y.at) c
    where p_kommunenummer is null or c.kommunenummer = p_kommunenummer
  ),
  -- public.funding_phase once per start year and year, not once per row (each call costs about 0.5 ms).
  phases as (
    select s.cofunding_start_year, s.year, f.programme_year, f.phase, f.society_percent
    from (select distinct a.cofunding_start_year, cov.year
          from cov join public.arrangement a on a.id = cov.arrangement_id) s
    cross join lateral public.funding_phase(s.cofunding_start_year, s.year) f
  )
  select cov.year, cov.at, cov.kommunenummer, mu.fylkesnummer, mu.name, cov.status, cov.arrangement_id,
         cov.arrangement_name, cov.host_kommunenummer, cov.member_count, a.cofunding_start_year,
         f.programme_year, f.phase, f.society_percent, cov.population_year, pop.population
  from cov
  join public.municipality mu on mu.kommunenummer = cov.kommunenummer
  left join public.arrangement a on a.id = cov.arrangement_id
  left join phases f
    on a.id is not null and f.year = cov.year and f.cofunding_start_year is not distinct from a.cofunding_start_year
  left join public.municipality_population pop
    on pop.kommunenummer = cov.kommunenummer and pop.year = cov.population_year
  order by cov.year, cov.kommunenummer
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

-- The history of one municipality: for each year from 2012, its status at the end of the year (today for the
-- current year), the arrangement and the other members it shared the coordinator with, and the co-funding
-- phase. The municipality page, its drill-down panel and its fact sheet read this.
-- Per municipality (all of them when p_kommunenummer is null) its years, oldest first, as one JSON object
-- keyed by kommunenummer: the server reads every municipality's history in one call per data version (about
-- 0.2 s), so a page or the panel gets its own without another query. "Partners" are the other members of the
-- same arrangement at the end of that year, by name, so "shared with whom" needs nothing else.
create function public.municipality_history(
  p_kommunenummer text default null,
  p_from_year integer default 2012,
  p_to_year integer default extract(year from current_date)::integer
) returns jsonb
language sql stable set search_path = '' set jit = off
as $$
  with h as materialized (
    select * from public.municipality_year_history(p_from_year, p_to_year, null)
  ),
  partners as (
    select me.year, me.kommunenummer,
           jsonb_agg(jsonb_build_object('kommunenummer', other.kommunenummer, 'name', other.name,
                                        'name_norwegian', mu.name_norwegian)
                     order by other.name) as partners
    from h me
    join h other on other.year = me.year and other.arrangement_id = me.arrangement_id
                and other.kommunenummer <> me.kommunenummer
    join public.municipality mu on mu.kommunenummer = other.kommunenummer
    group by me.year, me.kommunenummer
  ),
  years as (
    select h.kommunenummer, jsonb_agg(jsonb_build_object(
      'year', h.year,
      'at', h.at,
      'status', h.status,
      'arrangement_id', h.arrangement_id,
      'arrangement_name', h.arrangement_name,
      'host_kommunenummer', h.host_kommunenummer,
      'partners', coalesce(p.partners, '[]'::jsonb),
      'cofunding_start_year', h.cofunding_start_year,
      'programme_year', h.programme_year,
      'funding_phase', h.funding_phase,
      'society_percent', h.society_percent
    ) order by h.year) as years
    from h
    left join partners p on p.year = h.year and p.kommunenummer = h.kommunenummer
    where p_kommunenummer is null or h.kommunenummer = p_kommunenummer
    group by h.kommunenummer
  )
  select coalesce(jsonb_object_agg(kommunenummer, years), '{}'::jsonb) from years
$$;
comment on function public.municipality_history is
  'Each municipality''s status, arrangement, partners and co-funding phase at the end of each year (2024 structure), keyed by kommunenummer.';

grant execute on function public.municipality_history(text, integer, integer)
  to anon, authenticated, service_role;
