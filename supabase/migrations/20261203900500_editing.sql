-- Editing by staff: the functions the editing screens call. They run with the caller's rights (security
-- invoker), so row-level security decides as for any other write, and every change goes through the audit
-- and version triggers. A save names the version it read; a newer version in the database refuses the save
-- and returns the newer values (optimistic concurrency: nothing is silently overwritten).

-- Who is signed in, as staff, and whether they must choose a new password first.
create function public.current_staff() returns jsonb
language sql stable set search_path = ''
as $$
  select jsonb_build_object('user_id', s.user_id, 'email', s.email, 'display_name', s.display_name,
                            'role', s.role, 'must_change_password', s.must_change_password)
  from public.staff s
  where s.user_id = auth.uid()
$$;

create function public.require_staff() returns void
language plpgsql stable set search_path = ''
as $$
begin
  if not public.is_staff() then
    raise exception 'only staff can change programme data' using errcode = '42501';
  end if;
end
$$;

-- One version check for every save: lock_for_save locks the row a save names and says 'ok', 'not_found' or
-- 'conflict' (a save that names no version for a row that exists is a conflict: the forms always send the
-- version they read); save_refusal is the answer to a refused save ({status: not_found} or {status: conflict,
-- current: <row now>}); saved_result the answer to a save ({status: saved, id, version}, the version as the
-- database stamped it).

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

-- Arrangements ----------------------------------------------------------------------------------------------

-- An arrangement as the edit form shows it: its fields, its version and its members on a date.
create function public.arrangement_for_edit(p_id uuid, p_at date default current_date) returns jsonb
language sql stable set search_path = ''
as $$
  select jsonb_build_object(
    'id', a.id,
    'name', a.name,
    'host_kommunenummer', a.host_kommunenummer,
    'started_on', a.started_on,
    'ended_on', a.ended_on,
    'cofunding_start_year', a.cofunding_start_year,
    'position_percent', a.position_percent,
    'notes', a.notes,
    'version', a.version,
    'updated_at', a.updated_at,
    'members', coalesce((
      select jsonb_agg(m.kommunenummer order by m.kommunenummer)
      from public.arrangement_member m
      where m.arrangement_id = a.id
        and m.valid_from <= greatest(p_at, a.started_on)
        and (m.valid_to is null or m.valid_to >= least(greatest(p_at, a.started_on), coalesce(a.ended_on, p_at)))
    ), '[]'::jsonb)
  )
  from public.arrangement a
  where a.id = p_id
$$;

-- Creates (p_id null) or changes an arrangement and its members. Members are the municipalities in it from
-- p_effective on: a removed member's membership ends the day before (or is deleted if it had not begun), an
-- added one starts on p_effective (or on the start date, for a new arrangement). Ending the arrangement ends
-- its open memberships on the same day.
create function public.save_arrangement(
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

-- Arrangements for the staff list, active first, with what staff search them by (member names and numbers,
-- counties, coordinators) and their members over time (future arrangements and scheduled moves are shown,
-- not "–").
create function public.arrangements_for_staff() returns jsonb
language sql stable set search_path = ''
as $$
  -- Set-based (one pass per table, not one query per arrangement): the overview lists every arrangement.
  with days as (
    select a.id, greatest(current_date, a.started_on) as day, a.ended_on from public.arrangement a
  ),
  members as (
    select m.arrangement_id,
      -- Members today, or for an arrangement that has not started, on its first day.
      jsonb_agg(mu.name order by mu.name) filter (
        where m.valid_from <= d.day and (m.valid_to is null or m.valid_to >= d.day)) as current_names,
      jsonb_agg(distinct m.kommunenummer) as numbers,
      jsonb_agg(distinct c.name) as counties,
      -- Membership changes still to come: who joins or leaves, and when.
      coalesce(jsonb_agg(jsonb_build_object('name', mu.name, 'kommunenummer', m.kommunenummer,
                                            'change', 'joins', 'on', m.valid_from) order by m.valid_from)
               filter (where m.valid_from > d.day), '[]'::jsonb)
      || coalesce(jsonb_agg(jsonb_build_object('name', mu.name, 'kommunenummer', m.kommunenummer,
                                               'change', 'leaves', 'on', m.valid_to + 1) order by m.valid_to)
                  filter (where m.valid_to >= current_date and (d.ended_on is null or m.valid_to < d.ended_on)),
                  '[]'::jsonb) as scheduled
    from public.arrangement_member m
    join days d on d.id = m.arrangement_id
    join public.municipality mu on mu.kommunenummer = m.kommunenummer
    join public.county c on c.fylkesnummer = left(m.kommunenummer, 2)
    group by m.arrangement_id
  ),
  coordinators as (
    select ac.arrangement_id, jsonb_agg(c.full_name order by ac.role, c.full_name) as names
    from public.arrangement_coordinator ac join public.coordinator c on c.id = ac.coordinator_id
    group by ac.arrangement_id
  )
  select coalesce(jsonb_agg(jsonb_build_object(
      'id', a.id,
      'name', a.name,
      'host_kommunenummer', a.host_kommunenummer,
      'started_on', a.started_on,
      'ended_on', a.ended_on,
      'version', a.version,
      'active', (a.ended_on is null or a.ended_on >= current_date),
      'members', coalesce(m.current_names, '[]'::jsonb),
      'member_numbers', coalesce(m.numbers, '[]'::jsonb),
      'counties', coalesce(m.counties, '[]'::jsonb),
      'scheduled', coalesce(m.scheduled, '[]'::jsonb),
      'coordinators', coalesce(c.names, '[]'::jsonb)
    ) order by (a.ended_on is null or a.ended_on >= current_date) desc, a.name), '[]'::jsonb)
  from public.arrangement a
  left join members m on m.arrangement_id = a.id
  left join coordinators c on c.arrangement_id = a.id
$$;

-- What needs a staff member's attention: contacts not verified for 12 months, municipalities with no
-- arrangement today, and active arrangements without a coordinator.
create function public.needs_attention(p_at date default current_date) returns jsonb
language sql stable set search_path = ''
as $$
  select jsonb_build_object(
    'unverified', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', c.id, 'full_name', c.full_name, 'verified_at', c.verified_at,
        'arrangement_id', ac.arrangement_id, 'arrangement_name', a.name
      ) order by c.verified_at nulls first, c.full_name)
      from public.coordinator c
      left join public.arrangement_coordinator ac on ac.coordinator_id = c.id
      left join public.arrangement a on a.id = ac.arrangement_id
      where c.verified_at is null or c.verified_at < p_at - interval '12 months'
    ), '[]'::jsonb),
    'uncovered', coalesce((
      select jsonb_agg(jsonb_build_object('kommunenummer', mu.kommunenummer, 'name', mu.name)
                       order by mu.kommunenummer)
      from public.municipality mu
      where not exists (
        select 1 from public.arrangement_member m join public.arrangement a on a.id = m.arrangement_id
        where m.kommunenummer = mu.kommunenummer and m.valid_from <= p_at
          and (m.valid_to is null or m.valid_to >= p_at) and (a.ended_on is null or a.ended_on >= p_at)
      )
    ), '[]'::jsonb),
    'without_coordinator', coalesce((
      select jsonb_agg(jsonb_build_object('id', a.id, 'name', a.name) order by a.name)
      from public.arrangement a
      where a.started_on <= p_at and (a.ended_on is null or a.ended_on >= p_at)
        and not exists (select 1 from public.arrangement_coordinator ac where ac.arrangement_id = a.id)
    ), '[]'::jsonb)
  )
$$;

revoke execute on function
  public.current_staff(), public.require_staff(), public.arrangement_for_edit(uuid, date),
  public.save_arrangement(uuid, integer, text, text, date, date, integer, numeric, text, text[], date),
  public.arrangements_for_staff(), public.needs_attention(date)
  from public, anon;
grant execute on function
  public.current_staff(), public.require_staff(), public.arrangement_for_edit(uuid, date),
  public.save_arrangement(uuid, integer, text, text, date, date, integer, numeric, text, text[], date),
  public.arrangements_for_staff(), public.needs_attention(date)
  to authenticated, service_role;

-- What a membership clash is about: for the members a save would put into an arrangement over a period,
-- the other arrangements they are already in then (municipality, arrangement and dates), so that the
-- refusal by arrangement_member_no_overlap can say exactly what to change.
create function public.membership_clashes(
  p_arrangement uuid,
  p_members text[],
  p_from date,
  p_to date default null
) returns jsonb
language sql stable set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object(
    'kommunenummer', m.kommunenummer, 'name', mu.name,
    'arrangement_id', a.id, 'arrangement_name', a.name,
    'valid_from', m.valid_from, 'valid_to', m.valid_to
  ) order by mu.name, m.valid_from), '[]'::jsonb)
  from public.arrangement_member m
  join public.arrangement a on a.id = m.arrangement_id
  join public.municipality mu on mu.kommunenummer = m.kommunenummer
  where m.kommunenummer = any (p_members)
    and m.arrangement_id is distinct from p_arrangement
    and daterange(m.valid_from, m.valid_to, '[]') && daterange(p_from, p_to, '[]')
$$;
revoke execute on function public.membership_clashes(uuid, text[], date, date) from public, anon;
grant execute on function public.membership_clashes(uuid, text[], date, date) to authenticated, service_role;

-- The arrangement form shows when each member's membership starts or ends, where that is not simply "from
-- the start, open-ended": scheduled moves and future arrangements are visible where they are edited, not only
-- in the overview. Memberships that are over are left out.
create function public.membership_schedule(p_arrangement uuid, p_at date default current_date) returns jsonb
language sql stable set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object(
    'kommunenummer', m.kommunenummer, 'name', mu.name,
    'valid_from', m.valid_from, 'valid_to', m.valid_to
  ) order by m.valid_from, mu.name), '[]'::jsonb)
  from public.arrangement_member m
  join public.arrangement a on a.id = m.arrangement_id
  join public.municipality mu on mu.kommunenummer = m.kommunenummer
  where m.arrangement_id = p_arrangement
    and (m.valid_to is null or m.valid_to >= p_at)
    and (m.valid_from > p_at or (m.valid_to is not null and m.valid_to is distinct from a.ended_on))
$$;
revoke execute on function public.membership_schedule(uuid, date) from public, anon;
grant execute on function public.membership_schedule(uuid, date) to authenticated, service_role;

-- Coordinators ----------------------------------------------------------------------------------------------
-- Their contact details and when they were last verified, and which arrangement they work for.

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

revoke execute on function
  public.coordinator_for_edit(uuid), public.arrangement_coordinators(uuid),
  public.save_coordinator(uuid, integer, uuid, text, text, text, text, text, text, text, date)
  from public, anon;
grant execute on function
  public.coordinator_for_edit(uuid), public.arrangement_coordinators(uuid),
  public.save_coordinator(uuid, integer, uuid, text, text, text, text, text, text, text, date)
  to authenticated, service_role;

-- Every coordinator, with contacts, last verification and the arrangements they work in (active ones first).
create function public.coordinators_for_staff() returns jsonb
language sql stable set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object(
    'id', c.id, 'full_name', c.full_name, 'title', c.title, 'phone', c.phone, 'email', c.email,
    'verified_at', c.verified_at,
    'arrangements', coalesce((
      select jsonb_agg(jsonb_build_object('id', a.id, 'name', a.name, 'role', ac.role,
                                          'active', a.ended_on is null or a.ended_on >= current_date)
                       order by (a.ended_on is null or a.ended_on >= current_date) desc, a.name)
      from public.arrangement_coordinator ac join public.arrangement a on a.id = ac.arrangement_id
      where ac.coordinator_id = c.id
    ), '[]'::jsonb),
    'kommunenumre', coalesce((
      select jsonb_agg(distinct m.kommunenummer)
      from public.arrangement_coordinator ac join public.arrangement_member m using (arrangement_id)
      where ac.coordinator_id = c.id
    ), '[]'::jsonb)
  ) order by c.full_name), '[]'::jsonb)
  from public.coordinator c
$$;

revoke execute on function public.coordinators_for_staff() from public, anon;
grant execute on function public.coordinators_for_staff() to authenticated, service_role;

-- Coordinators in no arrangement: no public page shows them, so nobody can reach them.
create function public.unlinked_coordinators() returns jsonb
language plpgsql stable security invoker set search_path = ''
as $$
begin
  perform public.require_staff();
  return (select coalesce(jsonb_agg(jsonb_build_object('id', c.id, 'full_name', c.full_name)
                                    order by c.full_name), '[]'::jsonb)
          from public.coordinator c
          where not exists (select 1 from public.arrangement_coordinator ac where ac.coordinator_id = c.id));
end
$$;
revoke execute on function public.unlinked_coordinators() from public, anon;
grant execute on function public.unlinked_coordinators() to authenticated, service_role;

-- Services --------------------------------------------------------------------------------------------------
-- Local services (palliative units, healthy-life centres, peer support …) of a municipality or of an
-- arrangement.

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

-- Removes a service, if it is still the version the caller saw.
create function public.delete_service(p_id uuid, p_version integer) returns jsonb
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

-- Export ----------------------------------------------------------------------------------------------------

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
