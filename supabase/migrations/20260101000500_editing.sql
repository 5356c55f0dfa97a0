-- Editing by staff: the functions the editing screens call. They run with the caller's rights (security
-- invoker), so row-level security decides as for any other write, and every change goes through the audit
-- and version triggers. A save names the version it read; a newer version in the database refuses the save
-- and returns the newer values (optimistic concurrency: nothing is silently overwritten).

-- Who is signed in, as staff (null when the caller is not staff).
create function public.current_staff() returns jsonb
language sql stable set search_path = ''
as $$
  select jsonb_build_object('user_id', s.user_id, 'email', s.email, 'display_name', s.display_name, 'role', s.role)
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
    return jsonb_build_object('status', 'saved', 'id', saved_id,
                              'version', (select version from public.arrangement where id = saved_id));
  end if;

  select * into current_row from public.arrangement where id = p_id for update;
  if not found then
    return jsonb_build_object('status', 'not_found');
  end if;
  if current_row.version <> p_version then
    return jsonb_build_object('status', 'conflict', 'current', public.arrangement_for_edit(p_id, p_effective));
  end if;

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

  return jsonb_build_object('status', 'saved', 'id', p_id,
                            'version', (select version from public.arrangement where id = p_id));
end
$$;

-- Arrangements for the staff list: active first, with their members today and their coordinators' names.
create function public.arrangements_for_staff() returns jsonb
language sql stable set search_path = ''
as $$
  select coalesce(jsonb_agg(row order by row->>'active' desc, row->>'name'), '[]'::jsonb)
  from (
    select jsonb_build_object(
      'id', a.id,
      'name', a.name,
      'host_kommunenummer', a.host_kommunenummer,
      'started_on', a.started_on,
      'ended_on', a.ended_on,
      'version', a.version,
      'active', (a.ended_on is null or a.ended_on >= current_date),
      'members', coalesce((
        select jsonb_agg(mu.name order by mu.name)
        from public.arrangement_member m join public.municipality mu using (kommunenummer)
        where m.arrangement_id = a.id and m.valid_from <= current_date
          and (m.valid_to is null or m.valid_to >= current_date)
      ), '[]'::jsonb),
      'coordinators', coalesce((
        select jsonb_agg(c.full_name order by ac.role, c.full_name)
        from public.arrangement_coordinator ac join public.coordinator c on c.id = ac.coordinator_id
        where ac.arrangement_id = a.id
      ), '[]'::jsonb)
    ) as row
    from public.arrangement a
  ) rows
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

-- The audit log for the history view, newest first, with the actor's e-mail. security definer to read the
-- staff e-mails (an editor may otherwise only see their own); it checks that the caller is staff.
create function public.audit_entries(
  p_limit integer default 50,
  p_before bigint default null,
  p_table text default null,
  p_record uuid default null
) returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
begin
  perform public.require_staff();
  return coalesce((
    select jsonb_agg(jsonb_build_object(
      'id', l.id, 'table_name', l.table_name, 'record_id', l.record_id, 'action', l.action,
      'actor', l.actor, 'actor_email', s.email, 'at', l.at, 'before', l.before, 'after', l.after,
      'txid', l.txid
    ) order by l.id desc)
    from (
      select * from public.audit_log l
      where (p_before is null or l.id < p_before)
        and (p_table is null or l.table_name = p_table)
        and (p_record is null or l.record_id = p_record)
      order by l.id desc
      limit least(greatest(p_limit, 1), 500)
    ) l
    left join public.staff s on s.user_id = l.actor
  ), '[]'::jsonb);
end
$$;

-- One save can change several rows (an arrangement and its members): the audit log notes the transaction, and
-- undo takes back everything that transaction changed.
-- (A save is one statement: the transaction id and the statement's start time together name it.)
alter table public.audit_log add column txid bigint not null default txid_current();
alter table public.audit_log add column statement_at timestamptz not null default statement_timestamp();
create index audit_log_txid_idx on public.audit_log (txid, statement_at);

-- Undoes one audited save (itself audited, as a new change): updates get their earlier values back, inserts
-- are removed, deletes are put back, newest first. Refused when any of the records has changed since, so that
-- a later edit is never lost.
create function public.undo_change(p_audit_id bigint) returns jsonb
language plpgsql set search_path = ''
as $$
declare
  first_entry public.audit_log;
  entry public.audit_log;
  columns text;
  current_version integer;
  undone integer := 0;
begin
  perform public.require_staff();
  select * into first_entry from public.audit_log where id = p_audit_id;
  if not found then
    return jsonb_build_object('status', 'not_found');
  end if;
  -- Check every record first: all or nothing.
  for entry in select * from public.audit_log where txid = first_entry.txid and statement_at = first_entry.statement_at order by id desc loop
    if entry.table_name not in ('arrangement', 'arrangement_member', 'coordinator', 'arrangement_coordinator', 'service') then
      raise exception 'changes to % cannot be undone here', entry.table_name using errcode = '42501';
    end if;
    execute format('select version from public.%I where id = $1', entry.table_name)
      into current_version using entry.record_id;
    -- Only the last change of a record within the transaction decides what it must look like now.
    if not exists (select 1 from public.audit_log l where l.txid = entry.txid
                   and l.statement_at = entry.statement_at and l.record_id = entry.record_id
                   and l.id > entry.id)
       and current_version is distinct from (entry.after->>'version')::integer then
      return jsonb_build_object('status', 'changed_since', 'table_name', entry.table_name,
                                'record_id', entry.record_id);
    end if;
  end loop;

  for entry in select * from public.audit_log where txid = first_entry.txid and statement_at = first_entry.statement_at order by id desc loop
    if entry.action = 'INSERT' then
      execute format('delete from public.%I where id = $1', entry.table_name) using entry.record_id;
    elsif entry.action = 'DELETE' then
      execute format('insert into public.%I select * from jsonb_populate_record(null::public.%I, $1)',
                     entry.table_name, entry.table_name) using entry.before;
    else
      select string_agg(format('%I = r.%I', a.attname, a.attname), ', ')
        into columns
        from pg_attribute a
       where a.attrelid = format('public.%I', entry.table_name)::regclass and a.attnum > 0 and not a.attisdropped
         and a.attname not in ('id', 'version', 'created_at', 'updated_at', 'updated_by');
      execute format('update public.%I t set %s from jsonb_populate_record(null::public.%I, $1) r where t.id = $2',
                     entry.table_name, columns, entry.table_name)
        using entry.before, entry.record_id;
    end if;
    undone := undone + 1;
  end loop;
  return jsonb_build_object('status', 'undone', 'changes', undone);
end
$$;

revoke execute on function
  public.current_staff(), public.require_staff(), public.arrangement_for_edit(uuid, date),
  public.save_arrangement(uuid, integer, text, text, date, date, integer, numeric, text, text[], date),
  public.arrangements_for_staff(), public.needs_attention(date),
  public.audit_entries(integer, bigint, text, uuid), public.undo_change(bigint)
  from public, anon;
grant execute on function
  public.current_staff(), public.require_staff(), public.arrangement_for_edit(uuid, date),
  public.save_arrangement(uuid, integer, text, text, date, date, integer, numeric, text, text[], date),
  public.arrangements_for_staff(), public.needs_attention(date),
  public.audit_entries(integer, bigint, text, uuid), public.undo_change(bigint)
  to authenticated, service_role;
