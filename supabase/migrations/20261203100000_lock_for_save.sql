-- One version check for every save (issue 16). save_arrangement, save_coordinator, save_service and
-- delete_service each wrote out the same optimistic-concurrency step (lock the row, "not found", "someone saved
-- it since") and their own way of answering a save (two read the new row's version, two wrote 1). Now:
--   lock_for_save  locks the row a save names and says 'ok', 'not_found' or 'conflict';
--   save_refusal   the answer to a refused save: {status: not_found} or {status: conflict, current: <row now>};
--   saved_result   the answer to a save: {status: saved, id, version}, the version as the database stamped it.
-- The functions keep their signatures, rights and answers. One difference: a save that names no version for a
-- row that exists is now a conflict (the old `version <> null` let it overwrite unseen; the forms always send
-- the version they read).

-- Security invoker: the row is locked (and seen) with the caller's rights, so row-level security decides as
-- for the update that follows.
create function public.lock_for_save(p_table regclass, p_id uuid, p_version integer) returns text
language plpgsql set search_path = ''
as $$
declare
  stored_version integer;
begin
  execute format('select version from %s where id = $1 for update', p_table) into stored_version using p_id;
  return case
    when stored_version is null then 'not_found'
    when stored_version is distinct from p_version then 'conflict'
    else 'ok'
  end;
end
$$;

-- p_current is the row as its edit form reads it; only a conflict sends it back.
create function public.save_refusal(p_verdict text, p_current jsonb) returns jsonb
language sql immutable set search_path = ''
as $$
  select case p_verdict
    when 'not_found' then jsonb_build_object('status', 'not_found')
    when 'conflict' then jsonb_build_object('status', 'conflict', 'current', p_current)
  end
$$;

create function public.saved_result(p_table regclass, p_id uuid) returns jsonb
language plpgsql stable set search_path = ''
as $$
declare
  saved_version integer;
begin
  execute format('select version from %s where id = $1', p_table) into saved_version using p_id;
  return jsonb_build_object('status', 'saved', 'id', p_id, 'version', saved_version);
end
$$;

revoke execute on function
  public.lock_for_save(regclass, uuid, integer), public.save_refusal(text, jsonb), public.saved_result(regclass, uuid)
  from public, anon;
grant execute on function
  public.lock_for_save(regclass, uuid, integer), public.save_refusal(text, jsonb), public.saved_result(regclass, uuid)
  to authenticated, service_role;

-- The saves, as before but for the version check and the answers (20260101000500_editing.sql,
-- 20260101000600_coordinator_editing.sql, 20260101001000_service_editing.sql say what they do).

create or replace function public.save_arrangement(
  p_id uuid,
  p_version integer,
  p_name text,
  p_host_kommunenummer text,
  p_started_on date,
  p_ended_on date,
  p_cofunding_start_year integer,
  p_position_percent numeric,
  p_notes text,
  p_members text[],
  p_effective date default current_date
) returns jsonb
language plpgsql set search_path = ''
as $$
declare
  current_row public.arrangement;
  verdict text;
  effective date;
  member text;
  saved_id uuid;
begin
  perform public.require_staff();
  if p_members is null or cardinality(p_members) = 0 then
    raise exception 'an arrangement needs at least one member municipality'
      using errcode = '23514', constraint = 'arrangement_has_members';
  end if;
  if not p_host_kommunenummer = any (p_members) then
    raise exception 'the host % must be a member', p_host_kommunenummer
      using errcode = '23514', constraint = 'arrangement_host_is_member';
  end if;

  if p_id is null then
    insert into public.arrangement (name, host_kommunenummer, started_on, ended_on, cofunding_start_year,
                                    position_percent, notes)
    values (trim(p_name), p_host_kommunenummer, p_started_on, p_ended_on, p_cofunding_start_year,
            p_position_percent, nullif(trim(p_notes), ''))
    returning id into saved_id;
    foreach member in array (select array_agg(distinct x) from unnest(p_members) x) loop
      insert into public.arrangement_member (arrangement_id, kommunenummer, valid_from, valid_to)
      values (saved_id, member, p_started_on, p_ended_on);
    end loop;
    return public.saved_result('public.arrangement', saved_id);
  end if;

  verdict := public.lock_for_save('public.arrangement', p_id, p_version);
  if verdict <> 'ok' then
    return public.save_refusal(verdict, public.arrangement_for_edit(p_id, p_effective));
  end if;
  select * into current_row from public.arrangement where id = p_id;

  effective := greatest(coalesce(p_effective, current_date), p_started_on);

  -- Memberships that end: before the arrangement's new end, and those of removed members.
  delete from public.arrangement_member m
  where m.arrangement_id = p_id and m.valid_from >= effective and not m.kommunenummer = any (p_members);
  update public.arrangement_member m set valid_to = effective - 1
  where m.arrangement_id = p_id and (m.valid_to is null or m.valid_to >= effective)
    and not m.kommunenummer = any (p_members);
  if p_ended_on is not null then
    update public.arrangement_member m set valid_to = p_ended_on
    where m.arrangement_id = p_id and (m.valid_to is null or m.valid_to > p_ended_on)
      and m.valid_from <= p_ended_on;
  end if;
  -- A new start date moves the first memberships with it.
  update public.arrangement_member m set valid_from = p_started_on
  where m.arrangement_id = p_id and m.valid_from = current_row.started_on and p_started_on <> current_row.started_on;

  update public.arrangement set
    name = trim(p_name),
    host_kommunenummer = p_host_kommunenummer,
    started_on = p_started_on,
    ended_on = p_ended_on,
    cofunding_start_year = p_cofunding_start_year,
    position_percent = p_position_percent,
    notes = nullif(trim(p_notes), '')
  where id = p_id;

  foreach member in array (select array_agg(distinct x) from unnest(p_members) x) loop
    if not exists (
      select 1 from public.arrangement_member m
      where m.arrangement_id = p_id and m.kommunenummer = member
        and m.valid_from <= effective and (m.valid_to is null or m.valid_to >= effective)
    ) then
      insert into public.arrangement_member (arrangement_id, kommunenummer, valid_from, valid_to)
      values (p_id, member, effective, p_ended_on);
    end if;
  end loop;

  return public.saved_result('public.arrangement', p_id);
end
$$;

create or replace function public.save_coordinator(
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
  verdict text;
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
    return public.saved_result('public.coordinator', saved_id);
  end if;

  verdict := public.lock_for_save('public.coordinator', p_id, p_version);
  if verdict <> 'ok' then
    return public.save_refusal(verdict, public.coordinator_for_edit(p_id));
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
  return public.saved_result('public.coordinator', p_id);
end
$$;

create or replace function public.save_service(
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
  verdict text;
  saved_id uuid;
begin
  perform public.require_staff();
  if p_id is null then
    insert into public.service (category, name, description, url, phone, kommunenummer, arrangement_id)
    values (p_category, trim(p_name), nullif(trim(p_description), ''), nullif(trim(p_url), ''),
            nullif(trim(p_phone), ''), p_kommunenummer, p_arrangement_id)
    returning id into saved_id;
    return public.saved_result('public.service', saved_id);
  end if;

  verdict := public.lock_for_save('public.service', p_id, p_version);
  if verdict <> 'ok' then
    return public.save_refusal(verdict, public.service_for_edit(p_id));
  end if;
  update public.service set
    category = p_category,
    name = trim(p_name),
    description = nullif(trim(p_description), ''),
    url = nullif(trim(p_url), ''),
    phone = nullif(trim(p_phone), '')
  where id = p_id;
  return public.saved_result('public.service', p_id);
end
$$;

create or replace function public.delete_service(p_id uuid, p_version integer) returns jsonb
language plpgsql set search_path = ''
as $$
declare
  verdict text;
begin
  perform public.require_staff();
  verdict := public.lock_for_save('public.service', p_id, p_version);
  if verdict <> 'ok' then
    return public.save_refusal(verdict, public.service_for_edit(p_id));
  end if;
  delete from public.service where id = p_id;
  return jsonb_build_object('status', 'deleted');
end
$$;
