-- Every municipality's details in one pass. public_snapshot called municipality_detail once per municipality,
-- and each call worked out coverage_at for the whole country (357 times, about 3 s on PostgreSQL and more in
-- PGlite: the first page after `npm run dev`, and every reload after an edit). Now coverage_at is worked out
-- once, and both public_snapshot (all) and municipality_detail (one) read the same rows: one definition of
-- what a municipality's details are.

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

create or replace function public.municipality_detail(p_kommunenummer text, p_at date default current_date)
returns jsonb
language sql stable set search_path = ''
as $$
  select detail from public.municipality_details(p_at, p_kommunenummer)
$$;

create or replace function public.public_snapshot(p_at date default current_date)
returns jsonb
language sql stable set search_path = ''
as $$
  select jsonb_build_object(
    'map', public.map_snapshot(p_at),
    'details', (select jsonb_object_agg(kommunenummer, detail) from public.municipality_details(p_at))
  )
$$;

grant execute on function public.municipality_details(date, text) to anon, authenticated, service_role;
