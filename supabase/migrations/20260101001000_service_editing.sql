-- Editing local services (palliative units, healthy-life centres, peer support …) of a municipality or of an
-- arrangement. Same rules as for coordinators: the caller's rights, and a save names the version it read.

create function public.service_for_edit(p_id uuid) returns jsonb
language sql stable set search_path = ''
as $$
  select jsonb_build_object(
    'id', s.id, 'category', s.category, 'name', s.name, 'description', s.description, 'url', s.url,
    'phone', s.phone, 'kommunenummer', s.kommunenummer, 'arrangement_id', s.arrangement_id,
    'owner_name', coalesce(mu.name, a.name), 'version', s.version, 'updated_at', s.updated_at
  )
  from public.service s
  left join public.municipality mu on mu.kommunenummer = s.kommunenummer
  left join public.arrangement a on a.id = s.arrangement_id
  where s.id = p_id
$$;

-- The services an arrangement's page lists: its own and those of its members today.
create function public.arrangement_services(p_arrangement_id uuid) returns jsonb
language sql stable set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object(
    'id', s.id, 'category', s.category, 'name', s.name, 'url', s.url,
    'owner_name', coalesce(mu.name, a.name), 'kommunenummer', s.kommunenummer
  ) order by s.kommunenummer nulls first, s.category, s.name), '[]'::jsonb)
  from public.service s
  left join public.municipality mu on mu.kommunenummer = s.kommunenummer
  left join public.arrangement a on a.id = s.arrangement_id
  where s.arrangement_id = p_arrangement_id
     or s.kommunenummer in (
       select m.kommunenummer from public.arrangement_member m
       where m.arrangement_id = p_arrangement_id and m.valid_from <= current_date
         and (m.valid_to is null or m.valid_to >= current_date))
$$;

create function public.service_categories() returns jsonb
language sql stable set search_path = ''
as $$
  select jsonb_agg(jsonb_build_object('id', id, 'name', name_nb) order by sort_order) from public.service_category
$$;

-- Creates a service (p_id null) for a municipality or an arrangement, or changes one.
create function public.save_service(
  p_id uuid,
  p_version integer,
  p_category text,
  p_name text,
  p_description text,
  p_url text,
  p_phone text,
  p_kommunenummer text,
  p_arrangement_id uuid
) returns jsonb
language plpgsql set search_path = ''
as $$
declare
  current_row public.service;
  saved_id uuid;
begin
  perform public.require_staff();
  if p_id is null then
    insert into public.service (category, name, description, url, phone, kommunenummer, arrangement_id)
    values (p_category, trim(p_name), nullif(trim(p_description), ''), nullif(trim(p_url), ''),
            nullif(trim(p_phone), ''), p_kommunenummer, p_arrangement_id)
    returning id into saved_id;
    return jsonb_build_object('status', 'saved', 'id', saved_id, 'version', 1);
  end if;

  select * into current_row from public.service where id = p_id for update;
  if not found then
    return jsonb_build_object('status', 'not_found');
  end if;
  if current_row.version <> p_version then
    return jsonb_build_object('status', 'conflict', 'current', public.service_for_edit(p_id));
  end if;
  update public.service set
    category = p_category,
    name = trim(p_name),
    description = nullif(trim(p_description), ''),
    url = nullif(trim(p_url), ''),
    phone = nullif(trim(p_phone), '')
  where id = p_id;
  return jsonb_build_object('status', 'saved', 'id', p_id,
                            'version', (select version from public.service where id = p_id));
end
$$;

-- Removes a service, if it is still the version the caller saw.
create function public.delete_service(p_id uuid, p_version integer) returns jsonb
language plpgsql set search_path = ''
as $$
declare
  current_row public.service;
begin
  perform public.require_staff();
  select * into current_row from public.service where id = p_id for update;
  if not found then
    return jsonb_build_object('status', 'not_found');
  end if;
  if current_row.version <> p_version then
    return jsonb_build_object('status', 'conflict', 'current', public.service_for_edit(p_id));
  end if;
  delete from public.service where id = p_id;
  return jsonb_build_object('status', 'deleted');
end
$$;

revoke execute on function
  public.service_for_edit(uuid), public.arrangement_services(uuid),
  public.save_service(uuid, integer, text, text, text, text, text, text, uuid),
  public.delete_service(uuid, integer)
  from public, anon;
grant execute on function
  public.service_for_edit(uuid), public.arrangement_services(uuid),
  public.save_service(uuid, integer, text, text, text, text, text, text, uuid),
  public.delete_service(uuid, integer)
  to authenticated, service_role;
grant execute on function public.service_categories() to anon, authenticated, service_role;
