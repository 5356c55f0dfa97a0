-- Derived data: every client (SvelteKit server, supabase-js, SQL tests) reads coverage, funding and summaries
-- through these functions, so the rules live here once. They run as the caller (security invoker), so
-- row-level security applies to what they read.

-- Funding -------------------------------------------------------------------------------------------------
-- The Cancer Society pays 75 % of the salary in programme years 1–3, then 60 %, 40 % and 20 % in years 4, 5
-- and 6; from year 7 the municipality pays in full. No co-funding start year: municipal funding only.
create function public.funding_phase(p_cofunding_start_year integer, p_year integer)
returns table (
  programme_year integer,
  phase text,
  society_percent integer,
  phase_last_year integer,
  next_phase text
)
language sql immutable set search_path = ''
as $$
  with y as (
    select case when p_cofunding_start_year is null then null
                else p_year - p_cofunding_start_year + 1 end as n
  )
  select
    y.n,
    case
      when p_cofunding_start_year is null then 'municipal'
      when y.n < 1 then 'not_started'
      when y.n <= 3 then 'cofunded_75'
      when y.n = 4 then 'stepdown_60'
      when y.n = 5 then 'stepdown_40'
      when y.n = 6 then 'stepdown_20'
      else 'municipal'
    end,
    case
      when p_cofunding_start_year is null or y.n < 1 or y.n > 6 then 0
      when y.n <= 3 then 75
      when y.n = 4 then 60
      when y.n = 5 then 40
      else 20
    end,
    case
      when p_cofunding_start_year is null or y.n > 6 then null
      when y.n < 1 then p_cofunding_start_year - 1
      when y.n <= 3 then p_cofunding_start_year + 2
      else p_year
    end,
    case
      when p_cofunding_start_year is null or y.n > 6 then null
      when y.n < 1 then 'cofunded_75'
      when y.n <= 3 then 'stepdown_60'
      when y.n = 4 then 'stepdown_40'
      when y.n = 5 then 'stepdown_20'
      else 'municipal'
    end
  from y
$$;
comment on function public.funding_phase is
  'Programme year, co-funding phase and the Cancer Society''s share in a year; phase_last_year is the last year of the current phase.';

-- Coverage ------------------------------------------------------------------------------------------------
-- own: the municipality is the only member of an active arrangement; inter_municipal: it shares one; none.
create function public.coverage_at(p_at date default current_date)
returns table (
  kommunenummer text,
  status text,
  arrangement_id uuid,
  arrangement_name text,
  host_kommunenummer text,
  member_count integer
)
language sql stable set search_path = ''
as $$
  with active_member as (
    select m.kommunenummer, m.arrangement_id
    from public.arrangement_member m
    join public.arrangement a on a.id = m.arrangement_id
    where m.valid_from <= p_at and (m.valid_to is null or m.valid_to >= p_at)
      and a.started_on <= p_at and (a.ended_on is null or a.ended_on >= p_at)
  ),
  arrangement_size as (
    select arrangement_id, count(*)::integer as member_count from active_member group by arrangement_id
  )
  select
    mu.kommunenummer,
    case when am.arrangement_id is null then 'none'
         when s.member_count = 1 then 'own'
         else 'inter_municipal' end,
    am.arrangement_id,
    a.name,
    a.host_kommunenummer,
    coalesce(s.member_count, 0)
  from public.municipality mu
  left join active_member am on am.kommunenummer = mu.kommunenummer
  left join arrangement_size s on s.arrangement_id = am.arrangement_id
  left join public.arrangement a on a.id = am.arrangement_id
  order by mu.kommunenummer
$$;

-- The population year used for a calendar year: that year's figure, else the latest earlier one, else the
-- earliest available (population is on 1 January; the series starts in 2024).
create function public.population_year_for(p_year integer)
returns integer
language sql stable set search_path = ''
as $$
  select coalesce(
    (select max(year) from public.municipality_population where year <= p_year),
    (select min(year) from public.municipality_population)
  )
$$;

-- Summary nationally (fylkesnummer null) and per county.
create function public.coverage_summary(p_at date default current_date)
returns table (
  fylkesnummer text,
  county_name text,
  municipalities integer,
  own integer,
  inter_municipal integer,
  uncovered integer,
  covered integer,
  population_year integer,
  population bigint,
  population_own bigint,
  population_inter_municipal bigint,
  population_covered bigint
)
language sql stable set search_path = ''
as $$
  with py as (select public.population_year_for(extract(year from p_at)::integer) as year),
  c as (
    select mu.fylkesnummer, cov.status, coalesce(pop.population, 0)::bigint as population
    from public.coverage_at(p_at) cov
    join public.municipality mu using (kommunenummer)
    cross join py
    left join public.municipality_population pop
      on pop.kommunenummer = mu.kommunenummer and pop.year = py.year
  )
  select
    c.fylkesnummer,
    co.name,
    count(*)::integer,
    count(*) filter (where c.status = 'own')::integer,
    count(*) filter (where c.status = 'inter_municipal')::integer,
    count(*) filter (where c.status = 'none')::integer,
    count(*) filter (where c.status <> 'none')::integer,
    (select year from py),
    sum(c.population)::bigint,
    coalesce(sum(c.population) filter (where c.status = 'own'), 0)::bigint,
    coalesce(sum(c.population) filter (where c.status = 'inter_municipal'), 0)::bigint,
    coalesce(sum(c.population) filter (where c.status <> 'none'), 0)::bigint
  from c
  left join public.county co on co.fylkesnummer = c.fylkesnummer
  group by grouping sets ((), (c.fylkesnummer, co.name))
  order by c.fylkesnummer nulls first
$$;

-- Coverage at the end of each year (today for the current year), nationally and per county.
create function public.coverage_history(
  p_from_year integer default 2012,
  p_to_year integer default extract(year from current_date)::integer
)
returns table (
  year integer,
  at date,
  fylkesnummer text,
  municipalities integer,
  own integer,
  inter_municipal integer,
  uncovered integer,
  covered integer,
  population_year integer,
  population bigint,
  population_covered bigint
)
language sql stable set search_path = ''
as $$
  select y.year, d.at, s.fylkesnummer, s.municipalities, s.own, s.inter_municipal, s.uncovered, s.covered,
         s.population_year, s.population, s.population_covered
  from generate_series(p_from_year, p_to_year) as y(year)
  cross join lateral (select least(make_date(y.year, 12, 31), current_date) as at) d
  cross join lateral public.coverage_summary(d.at) s
  order by y.year, s.fylkesnummer nulls first
$$;

-- Funding year and phase of every arrangement active at a date.
create function public.arrangement_funding_at(p_at date default current_date)
returns table (
  arrangement_id uuid,
  name text,
  cofunding_start_year integer,
  programme_year integer,
  phase text,
  society_percent integer,
  phase_last_year integer,
  next_phase text
)
language sql stable set search_path = ''
as $$
  select a.id, a.name, a.cofunding_start_year, f.programme_year, f.phase, f.society_percent,
         f.phase_last_year, f.next_phase
  from public.arrangement a
  cross join lateral public.funding_phase(a.cofunding_start_year, extract(year from p_at)::integer) f
  where a.started_on <= p_at and (a.ended_on is null or a.ended_on >= p_at)
  order by a.name
$$;

-- JSON for the app ----------------------------------------------------------------------------------------
-- Both transports (supabase-js rpc and embedded PGlite) call these and get the same JSON.

create function public.map_snapshot(p_at date default current_date)
returns jsonb
language sql stable set search_path = ''
as $$
  with py as (select public.population_year_for(extract(year from p_at)::integer) as year)
  select jsonb_build_object(
    'at', p_at,
    'is_demo', coalesce((select is_demo from public.dataset_info), false),
    'population_year', (select year from py),
    'last_changed_at', (
      select max(t) from (
        select max(updated_at) as t from public.arrangement
        union all select max(updated_at) from public.arrangement_member
        union all select max(updated_at) from public.coordinator
        union all select max(updated_at) from public.arrangement_coordinator
        union all select max(updated_at) from public.service
      ) u
    ),
    'counties', (
      select coalesce(jsonb_agg(jsonb_build_object(
        'fylkesnummer', co.fylkesnummer, 'name', co.name, 'name_norwegian', co.name_norwegian
      ) order by co.fylkesnummer), '[]'::jsonb)
      from public.county co
    ),
    'municipalities', (
      select coalesce(jsonb_agg(jsonb_build_object(
        'kommunenummer', mu.kommunenummer,
        'name', mu.name,
        'name_norwegian', mu.name_norwegian,
        'fylkesnummer', mu.fylkesnummer,
        'population', pop.population,
        'status', cov.status,
        'arrangement_id', cov.arrangement_id,
        'arrangement_name', cov.arrangement_name,
        'host_kommunenummer', cov.host_kommunenummer
      ) order by mu.kommunenummer), '[]'::jsonb)
      from public.coverage_at(p_at) cov
      join public.municipality mu using (kommunenummer)
      cross join py
      left join public.municipality_population pop
        on pop.kommunenummer = mu.kommunenummer and pop.year = py.year
    ),
    'summary', (
      select coalesce(jsonb_agg(to_jsonb(s) order by s.fylkesnummer nulls first), '[]'::jsonb)
      from public.coverage_summary(p_at) s
    )
  )
$$;

-- Every municipality's details in one pass: coverage_at is worked out once for the whole country, and both
-- public_snapshot (all) and municipality_detail (one) read the same rows: one definition of what a
-- municipality's details are. (Calling municipality_detail once per municipality, each working out coverage
-- for the whole country, took about 3 s on PostgreSQL and more in PGlite.)
create function public.municipality_details(p_at date default current_date, p_kommunenummer text default null)
returns table (kommunenummer text, detail jsonb)
language sql stable set search_path = ''
as $$
  select mu.kommunenummer, jsonb_build_object(
    'kommunenummer', mu.kommunenummer,
    'name', mu.name,
    'names', jsonb_strip_nulls(jsonb_build_object(
      'norwegian', mu.name_norwegian, 'north_sami', mu.name_north_sami, 'lule_sami', mu.name_lule_sami,
      'south_sami', mu.name_south_sami, 'kven', mu.name_kven
    )),
    'name_norwegian', mu.name_norwegian,
    'fylkesnummer', mu.fylkesnummer,
    'county_name', (select name from public.county where fylkesnummer = mu.fylkesnummer),
    'administrative_centre', mu.administrative_centre,
    'area_km2', mu.area_km2,
    'sami_administrative_area', mu.sami_administrative_area,
    'population', (
      select jsonb_build_object('year', year, 'population', population)
      from public.municipality_population
      where kommunenummer = mu.kommunenummer
        and year = public.population_year_for(extract(year from p_at)::integer)
    ),
    'at', p_at,
    'is_demo', coalesce((select is_demo from public.dataset_info), false),
    'status', cov.status,
    'arrangement', case when arr.id is not null then jsonb_build_object(
      'id', arr.id,
      'name', arr.name,
      'host_kommunenummer', arr.host_kommunenummer,
      'host_name', (select name from public.municipality where kommunenummer = arr.host_kommunenummer),
      'host_name_norwegian',
        (select name_norwegian from public.municipality where kommunenummer = arr.host_kommunenummer),
      'started_on', arr.started_on,
      'ended_on', arr.ended_on,
      'cofunding_start_year', arr.cofunding_start_year,
      'position_percent', arr.position_percent,
      'updated_at', arr.updated_at,
      'funding', (
        select to_jsonb(f)
        from public.funding_phase(arr.cofunding_start_year, extract(year from p_at)::integer) f
      ),
      'members', (
        select coalesce(jsonb_agg(jsonb_build_object(
          'kommunenummer', m.kommunenummer,
          'name', m2.name,
          'name_norwegian', m2.name_norwegian,
          'valid_from', m.valid_from,
          'is_host', m.kommunenummer = arr.host_kommunenummer
        ) order by m2.name), '[]'::jsonb)
        from public.arrangement_member m
        join public.municipality m2 on m2.kommunenummer = m.kommunenummer
        where m.arrangement_id = arr.id
          and m.valid_from <= p_at and (m.valid_to is null or m.valid_to >= p_at)
      ),
      'coordinators', (
        select coalesce(jsonb_agg(jsonb_build_object(
          'full_name', c.full_name, 'title', c.title, 'phone', c.phone, 'email', c.email,
          'office_address', c.office_address, 'office_hours', c.office_hours,
          'verified_at', c.verified_at, 'role', ac.role
        ) order by ac.role desc, c.full_name), '[]'::jsonb)
        from public.arrangement_coordinator ac
        join public.coordinator c on c.id = ac.coordinator_id
        where ac.arrangement_id = arr.id
      )
    ) end,
    'services', (
      select coalesce(jsonb_agg(jsonb_build_object(
        'category', s.category,
        'category_names', jsonb_build_object('nb', sc.name_nb, 'nn', sc.name_nn, 'en', sc.name_en),
        'name', s.name, 'description', s.description, 'url', s.url, 'phone', s.phone,
        'scope', case when s.kommunenummer is not null then 'municipality' else 'arrangement' end
      ) order by sc.sort_order, s.name), '[]'::jsonb)
      from public.service s
      join public.service_category sc on sc.id = s.category
      where s.kommunenummer = mu.kommunenummer
         or s.arrangement_id = cov.arrangement_id
    )
  )
  from public.municipality mu
  left join public.coverage_at(p_at) cov on cov.kommunenummer = mu.kommunenummer
  left join public.arrangement arr on arr.id = cov.arrangement_id
  where p_kommunenummer is null or mu.kommunenummer = p_kommunenummer
$$;

create function public.municipality_detail(p_kommunenummer text, p_at date default current_date)
returns jsonb
language sql stable set search_path = ''
as $$
  select detail from public.municipality_details(p_at, p_kommunenummer)
$$;

grant execute on function
  public.funding_phase(integer, integer),
  public.coverage_at(date),
  public.population_year_for(integer),
  public.coverage_summary(date),
  public.coverage_history(integer, integer),
  public.arrangement_funding_at(date),
  public.map_snapshot(date),
  public.municipality_details(date, text),
  public.municipality_detail(text, date)
to anon, authenticated, service_role;

-- The policy view over time ---------------------------------------------------------------------------------
-- One place in SQL for the one-letter codes of the timeline: public.phase_code maps a funding phase's name to
-- its code and public.status_code a coverage status's. The same table lives in TypeScript
-- (src/lib/domain/phase.ts and status.ts), checked against these functions by src/lib/domain/domain.test.ts.
-- Codes: 7 = 75 %, 6 = 60 %, 4 = 40 %, 2 = 20 %, m = municipal, w = co-funding not started yet;
-- o = own, s = shared (inter-municipal), n = none. An unknown name has no code (null), rather than passing
-- for one of the others.
create function public.phase_code(p_phase text) returns text
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
grant execute on function public.phase_code(text), public.status_code(text) to anon, authenticated, service_role;

-- Every municipality's status and co-funding phase at the end of each year (today for the current year), one
-- character per year, with the national and county summaries of the same years, and each municipality's
-- population for the population years those years use (public.population_year_for), so that the dashboard's
-- list and CSV show the same population year as its headline figures. Compact on purpose: 357 municipalities
-- × 15 years is a few kilobytes, and changing the year in the browser restyles the map without asking the
-- server again. A municipality without a coordinator has no phase ('-'); one in an arrangement without a
-- co-funding start year gets funding_phase's 'municipal'.
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
grant execute on function public.coverage_timeline(integer, integer) to anon, authenticated, service_role;

-- Arrangements whose co-funding phase changes from one year to the next, for the policy view's funding
-- table: for each year, the arrangements running at its end (today for the current year) whose phase next
-- year differs. Next year's phase is what the funding model gives if the arrangement goes on, so for the
-- current year this is the outlook budgets need ("who steps down to 40 % next year").
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
