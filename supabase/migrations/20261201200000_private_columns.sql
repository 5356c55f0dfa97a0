-- Anonymous visitors read exactly what the public pages show, column by column (issue 14, item 4). Row-level
-- security decides which rows; these grants decide which columns. Notes, versions, creation times and the
-- staff user ids in updated_by are for staff only. updated_at stays public: the map shows "last changed".
-- The public functions run as the caller and name the columns they read, so they work as anon.

do $$
declare
  t record;
begin
  for t in
    select * from (values
      ('arrangement', 'id, name, host_kommunenummer, started_on, ended_on, cofunding_start_year, position_percent, updated_at'),
      ('arrangement_member', 'id, arrangement_id, kommunenummer, valid_from, valid_to, updated_at'),
      ('coordinator', 'id, full_name, title, phone, email, office_address, office_hours, verified_at, updated_at'),
      ('arrangement_coordinator', 'id, arrangement_id, coordinator_id, role, updated_at'),
      ('service', 'id, category, name, description, url, phone, kommunenummer, arrangement_id, updated_at')
    ) as v(table_name, public_columns)
  loop
    execute format('revoke select on public.%I from anon', t.table_name);
    execute format('grant select (%s) on public.%I to anon', t.public_columns, t.table_name);
  end loop;
end
$$;

-- As before, but reading the arrangement's public columns by name (it read a.*, notes included).
create or replace function public.municipality_detail(p_kommunenummer text, p_at date default current_date)
returns jsonb
language sql stable set search_path = ''
as $$
  with mu as (
    select * from public.municipality where kommunenummer = p_kommunenummer
  ),
  cov as (
    select * from public.coverage_at(p_at) where kommunenummer = p_kommunenummer
  ),
  arr as (
    select a.id, a.name, a.host_kommunenummer, a.started_on, a.ended_on, a.cofunding_start_year,
           a.position_percent, a.updated_at
    from public.arrangement a join cov on cov.arrangement_id = a.id
  )
  select jsonb_build_object(
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
    'status', (select status from cov),
    'arrangement', (
      select jsonb_build_object(
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
      )
      from arr
    ),
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
         or s.arrangement_id = (select arrangement_id from cov)
    )
  )
  from mu
$$;
