-- Editing coordinators: their contact details and when they were last verified, and which arrangement they
-- work for. Same rules as for arrangements: the caller's rights, and a save names the version it read.

create function public.coordinator_for_edit(p_id uuid) returns jsonb
language sql stable set search_path = ''
as $$
  select jsonb_build_object(
    'id', c.id, 'full_name', c.full_name, 'title', c.title, 'phone', c.phone, 'email', c.email,
    'office_address', c.office_address, 'office_hours', c.office_hours, 'verified_at', c.verified_at,
    'version', c.version, 'updated_at', c.updated_at,
    'arrangements', coalesce((
      select jsonb_agg(jsonb_build_object('id', a.id, 'name', a.name, 'role', ac.role) order by a.name)
      from public.arrangement_coordinator ac join public.arrangement a on a.id = ac.arrangement_id
      where ac.coordinator_id = c.id
    ), '[]'::jsonb)
  )
  from public.coordinator c
  where c.id = p_id
$$;

-- The coordinators of one arrangement, for its edit page.
create function public.arrangement_coordinators(p_arrangement_id uuid) returns jsonb
language sql stable set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object(
    'id', c.id, 'full_name', c.full_name, 'role', ac.role, 'phone', c.phone, 'email', c.email,
    'verified_at', c.verified_at
  ) order by ac.role, c.full_name), '[]'::jsonb)
  from public.arrangement_coordinator ac join public.coordinator c on c.id = ac.coordinator_id
  where ac.arrangement_id = p_arrangement_id
$$;

-- Creates a coordinator for an arrangement (p_id null) or changes one. A new primary coordinator of an
-- arrangement that has one is refused by the one-primary index (arrangement_coordinator_one_primary).
create function public.save_coordinator(
  p_id uuid,
  p_version integer,
  p_arrangement_id uuid,
  p_role text,
  p_full_name text,
  p_title text,
  p_phone text,
  p_email text,
  p_office_address text,
  p_office_hours text,
  p_verified_at date
) returns jsonb
language plpgsql set search_path = ''
as $$
declare
  current_row public.coordinator;
  saved_id uuid;
begin
  perform public.require_staff();
  if p_id is null then
    if p_arrangement_id is null then
      raise exception 'a new coordinator needs an arrangement' using errcode = '23502';
    end if;
    insert into public.coordinator (full_name, title, phone, email, office_address, office_hours, verified_at)
    values (trim(p_full_name), nullif(trim(p_title), ''), nullif(trim(p_phone), ''), nullif(trim(p_email), ''),
            nullif(trim(p_office_address), ''), nullif(trim(p_office_hours), ''), p_verified_at)
    returning id into saved_id;
    insert into public.arrangement_coordinator (arrangement_id, coordinator_id, role)
    values (p_arrangement_id, saved_id, coalesce(p_role, 'primary'));
    return jsonb_build_object('status', 'saved', 'id', saved_id, 'version', 1);
  end if;

  select * into current_row from public.coordinator where id = p_id for update;
  if not found then
    return jsonb_build_object('status', 'not_found');
  end if;
  if current_row.version <> p_version then
    return jsonb_build_object('status', 'conflict', 'current', public.coordinator_for_edit(p_id));
  end if;
  update public.coordinator set
    full_name = trim(p_full_name),
    title = nullif(trim(p_title), ''),
    phone = nullif(trim(p_phone), ''),
    email = nullif(trim(p_email), ''),
    office_address = nullif(trim(p_office_address), ''),
    office_hours = nullif(trim(p_office_hours), ''),
    verified_at = p_verified_at
  where id = p_id;
  return jsonb_build_object('status', 'saved', 'id', p_id,
                            'version', (select version from public.coordinator where id = p_id));
end
$$;

revoke execute on function
  public.coordinator_for_edit(uuid), public.arrangement_coordinators(uuid),
  public.save_coordinator(uuid, integer, uuid, text, text, text, text, text, text, text, date)
  from public, anon;
grant execute on function
  public.coordinator_for_edit(uuid), public.arrangement_coordinators(uuid),
  public.save_coordinator(uuid, integer, uuid, text, text, text, text, text, text, text, date)
  to authenticated, service_role;

-- Everything staff edit, as it is stored, for export (CSV per table, or one JSON document).
create function public.export_programme_data() returns jsonb
language plpgsql stable set search_path = ''
as $$
begin
  perform public.require_staff();
  return jsonb_build_object(
    'exported_at', now(),
    'arrangement', coalesce((select jsonb_agg(to_jsonb(t) order by t.name, t.id) from public.arrangement t), '[]'),
    'arrangement_member', coalesce((select jsonb_agg(to_jsonb(t) order by t.kommunenummer, t.valid_from)
                                    from public.arrangement_member t), '[]'),
    'coordinator', coalesce((select jsonb_agg(to_jsonb(t) order by t.full_name, t.id) from public.coordinator t), '[]'),
    'arrangement_coordinator', coalesce((select jsonb_agg(to_jsonb(t) order by t.arrangement_id, t.role)
                                         from public.arrangement_coordinator t), '[]'),
    'service', coalesce((select jsonb_agg(to_jsonb(t) order by t.kommunenummer, t.name) from public.service t), '[]')
  );
end
$$;
revoke execute on function public.export_programme_data() from public, anon;
grant execute on function public.export_programme_data() to authenticated, service_role;
