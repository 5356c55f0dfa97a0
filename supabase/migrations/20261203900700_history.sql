-- History, audit and undo. The audit log (public.audit_log, with its triggers, beside the programme tables)
-- records every insert, update and delete; a save is every audit entry of one statement (transaction id and
-- statement time): an edit, an import with removals and all their cascaded rows. Staff read the history one
-- save at a time and can undo any save.

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

-- Undo of one save, of any shape: an edit, an import with removals, with all their cascaded rows.
--
-- What each record must become: its state before the save (the first entry's before; nothing if the save
-- created it). What it must still be: its state after the save (the last entry's after). Undo compares the
-- content (every column but the stamps the database sets on each write) and is refused, naming the later
-- changes, when
--   * a record of the save has changed since (its content is no longer what the save left), or
--   * a record that depends on one the undo removes or alters (a member, coordinator link or service of an
--     arrangement, a link of a coordinator) is there now and was added or changed since the save, or would be
--     removed with it without being part of the save.
-- A later change that was itself undone has left the content as it was, so undoing newest-first always goes
-- through. Otherwise undo applies everything or nothing: removals children first, then the earlier values,
-- then the removed rows back, parents first; if the database refuses any of it (a municipality in another
-- arrangement since, say), nothing is changed and the reason is returned.

-- The programme tables, parents before children: the order restores run in (removals run in reverse).
create function public.programme_tables() returns text[]
language sql immutable set search_path = ''
as $$ select array['arrangement', 'coordinator', 'arrangement_member', 'arrangement_coordinator', 'service'] $$;
revoke execute on function public.programme_tables() from public, anon;
grant execute on function public.programme_tables() to authenticated, service_role;

create function public.undo_change(p_audit_id bigint) returns jsonb
language plpgsql set search_path = ''
as $$
declare
  target public.audit_log;
  last_id bigint;
  records jsonb;
  conflicts jsonb := '[]'::jsonb;
  t text;
  child record;
  found_conflicts jsonb;
  columns text;
  undone integer := 0;
  n integer;
  tables text[] := public.programme_tables();
  refusal_constraint text;
begin
  perform public.require_staff();
  select * into target from public.audit_log where id = p_audit_id;
  if not found then
    return jsonb_build_object('status', 'not_found');
  end if;
  if target.table_name <> all (tables) then
    raise exception 'changes to % cannot be undone here', target.table_name using errcode = '42501';
  end if;

  -- Each record of the save: its state before and after the save, and what undo does to it.
  select max(l.id) into last_id from public.audit_log l
  where l.txid = target.txid and l.statement_at = target.statement_at;
  select jsonb_agg(jsonb_build_object(
           'table_name', r.table_name, 'record_id', r.record_id, 'before', r.before, 'after', r.after,
           'action', case when r.before is null and r.after is null then 'none'
                          when r.before is null then 'remove'
                          when r.after is null then 'restore'
                          else 'alter' end))
    into records
  from (
    select l.table_name, l.record_id,
           (array_agg(l.before order by l.id))[1] as before,
           (array_agg(l.after order by l.id desc))[1] as after
    from public.audit_log l
    where l.txid = target.txid and l.statement_at = target.statement_at
    group by l.table_name, l.record_id
  ) r;

  foreach t in array tables loop
    -- The save's records are locked until the undo ends: an edit made meanwhile waits and then finds a new
    -- version, and a row added meanwhile under one of them waits (its foreign key locks the parent).
    execute format(
      'select count(*) from (select 1 from public.%1$I x where x.id in (
         select r.record_id from jsonb_to_recordset($1) as r(table_name text, record_id uuid)
         where r.table_name = %1$L) for update) q', t)
      into n using records;
    -- Records of the save whose content is no longer what the save left.
    execute format(
      'select jsonb_agg(r.record_id) from jsonb_to_recordset($1) as r(table_name text, record_id uuid, after jsonb)
       left join public.%1$I x on x.id = r.record_id
       where r.table_name = %2$L
         and public.audit_content(to_jsonb(x)) is distinct from public.audit_content(r.after)', t, t)
      into found_conflicts using records;
    conflicts := conflicts || coalesce(found_conflicts, '[]'::jsonb);

    -- Rows of other tables that point at the save's records and would be removed or left behind.
    for child in
      select cl.relname::text as child_table, a.attname::text as column_name
      from pg_catalog.pg_constraint c
      join pg_catalog.pg_class cl on cl.oid = c.conrelid
      join pg_catalog.pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f' and c.confrelid = format('public.%I', t)::regclass
    loop
      execute format(
        'select jsonb_agg(x.id) from public.%1$I x
         join jsonb_to_recordset($1) as r(table_name text, record_id uuid, action text)
           on r.table_name = %3$L and r.record_id = x.%2$I and r.action in (''remove'', ''alter'')
         where not exists (
                 -- removed with the save it belongs to …
                 select 1 from jsonb_to_recordset($1) as own(table_name text, record_id uuid, action text)
                 where own.table_name = %4$L and own.record_id = x.id and own.action = ''remove'')
           and (r.action = ''remove''
                -- … or unchanged since the save (its content then is its latest entry up to the save).
                or public.audit_content(to_jsonb(x)) is distinct from public.audit_content((
                     select l.after from public.audit_log l
                     where l.table_name = %4$L and l.record_id = x.id and l.id <= $2
                     order by l.id desc limit 1)))',
        child.child_table, child.column_name, t, child.child_table)
        into found_conflicts using records, last_id;
      conflicts := conflicts || coalesce(found_conflicts, '[]'::jsonb);
    end loop;
  end loop;

  if jsonb_array_length(conflicts) > 0 then
    -- The later changes of those records, newest first (for a record with none, its latest change).
    return (
      select jsonb_build_object(
        'status', 'changed_since', 'table_name', (later->0)->>'table_name', 'record_id', (later->0)->>'record_id',
        'later', later)
      from (
        select jsonb_agg(jsonb_build_object('id', l.id, 'table_name', l.table_name, 'record_id', l.record_id,
                                            'action', l.action, 'actor', l.actor, 'at', l.at) order by l.id desc) as later
        from (
          select distinct on (l.id) l.*
          from public.audit_log l
          join jsonb_array_elements_text(conflicts) c(id) on l.record_id = c.id::uuid
          where l.id > last_id
             or l.id = (select max(l2.id) from public.audit_log l2 where l2.record_id = c.id::uuid)
          order by l.id desc
          limit 50
        ) l
      ) q
    );
  end if;

  begin
    -- Rows the save added go, children first (nothing else depends on them: checked above).
    for i in reverse cardinality(tables)..1 loop
      execute format(
        'delete from public.%1$I where id in (
           select r.record_id from jsonb_to_recordset($1) as r(table_name text, record_id uuid, action text)
           where r.table_name = %1$L and r.action = ''remove'')', tables[i])
        using records;
      get diagnostics n = row_count;
      undone := undone + n;
    end loop;
    -- Rows the save changed get their earlier values, parents first (a member's dates are checked against
    -- its arrangement's). The stamps are the database's: the undo is a new version of the row.
    foreach t in array tables loop
      select string_agg(format('%1$I = r.%1$I', a.attname), ', ')
        into columns
      from pg_catalog.pg_attribute a
      where a.attrelid = format('public.%I', t)::regclass and a.attnum > 0 and not a.attisdropped
        and a.attname not in ('id', 'version', 'created_at', 'updated_at', 'updated_by');
      execute format(
        'update public.%1$I x set %2$s
         from (select p.* from jsonb_to_recordset($1) as s(table_name text, action text, before jsonb)
               cross join lateral jsonb_populate_record(null::public.%1$I, s.before) p
               where s.table_name = %1$L and s.action = ''alter'') r
         where x.id = r.id', t, columns)
        using records;
      get diagnostics n = row_count;
      undone := undone + n;
    end loop;
    -- Rows the save removed (cascaded children too) come back, parents first.
    foreach t in array tables loop
      execute format(
        'insert into public.%1$I
         select p.* from jsonb_to_recordset($1) as s(table_name text, action text, before jsonb)
         cross join lateral jsonb_populate_record(null::public.%1$I, s.before) p
         where s.table_name = %1$L and s.action = ''restore''', t)
        using records;
      get diagnostics n = row_count;
      undone := undone + n;
    end loop;
  exception when others then
    -- Conflicts between sessions are for the caller to retry, not a reason to give.
    if sqlstate in ('40001', '40P01') then
      raise;
    end if;
    get stacked diagnostics refusal_constraint = constraint_name;
    return jsonb_build_object('status', 'refused', 'reason', sqlerrm, 'code', sqlstate,
                              'constraint', nullif(refusal_constraint, ''));
  end;
  return jsonb_build_object('status', 'undone', 'changes', undone);
end
$$;

revoke execute on function public.audit_entries(integer, bigint, text, uuid), public.undo_change(bigint)
  from public, anon;
grant execute on function public.audit_entries(integer, bigint, text, uuid), public.undo_change(bigint)
  to authenticated, service_role;

-- The history as staff read it: one entry per save (the audit rows of one statement: txid + statement_at,
-- the same unit undo_change takes back), with names resolved, saves that changed nothing left out, and
-- filters by person, record and municipality. Read-only.

-- Saves, newest first: at most p_limit, older than the save whose last audit id is p_before. Each save has
-- its id (the last audit id: what undo_change and the next page take), time, actor (name and e-mail), kind
-- (save, undo, import), for an undo the save it took back, the number of changed rows, and at most
-- p_entries of them with the names of what they point at. security definer to read the staff names (an
-- editor may otherwise only see their own); it checks that the caller is staff.
create function public.history(
  p_limit integer default 30,
  p_before bigint default null,
  p_actor uuid default null,
  p_record uuid default null,
  p_kommunenummer text default null,
  p_entries integer default 40
) returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
declare
  arrangements uuid[] := '{}'::uuid[];
  coordinators uuid[] := '{}'::uuid[];
begin
  perform public.require_staff();
  -- A municipality's saves include those of every arrangement it is or was in, and of their coordinators.
  if p_kommunenummer is not null then
    select array_agg(distinct a) into arrangements from (
      select m.arrangement_id as a from public.arrangement_member m where m.kommunenummer = p_kommunenummer
      union
      select (coalesce(l.after, l.before) ->> 'arrangement_id')::uuid from public.audit_log l
      where l.table_name = 'arrangement_member' and coalesce(l.after, l.before) ->> 'kommunenummer' = p_kommunenummer
    ) q;
    arrangements := coalesce(arrangements, '{}'::uuid[]);
    select coalesce(array_agg(distinct ac.coordinator_id), '{}'::uuid[]) into coordinators
    from public.arrangement_coordinator ac where ac.arrangement_id = any (arrangements);
  end if;
  return coalesce((
    with saves as (
      select l.txid, l.statement_at, max(l.id) as id, min(l.at) as at, (array_agg(l.actor))[1] as actor,
             (array_agg(l.source))[1] as source, count(*) as changes
      from public.audit_log l
      where l.action <> 'UPDATE' or public.audit_content(l.after) is distinct from public.audit_content(l.before)
      group by l.txid, l.statement_at
      having (p_before is null or max(l.id) < p_before)
         and (p_actor is null or bool_or(l.actor = p_actor))
         and (p_record is null or bool_or(
               l.record_id = p_record
               or coalesce(l.after, l.before) ->> 'arrangement_id' = p_record::text
               or coalesce(l.after, l.before) ->> 'coordinator_id' = p_record::text))
         and (p_kommunenummer is null or bool_or(
               p_kommunenummer in (coalesce(l.after, l.before) ->> 'kommunenummer',
                                   l.before ->> 'host_kommunenummer', l.after ->> 'host_kommunenummer')
               or l.record_id = any (arrangements)
               or (coalesce(l.after, l.before) ->> 'arrangement_id')::uuid = any (arrangements)
               or l.record_id = any (coordinators)))
      order by max(l.id) desc
      limit least(greatest(p_limit, 1), 200)
    ),
    entries as (
      -- The changed rows of each save (for a filtered view, those the filter is about), with what they point at.
      select s.id as save_id, e.*,
             case e.table_name
               when 'arrangement' then e.record_id
               when 'coordinator' then (select ac.arrangement_id from public.arrangement_coordinator ac
                                        where ac.coordinator_id = e.record_id order by ac.role desc limit 1)
               else (coalesce(e.after, e.before) ->> 'arrangement_id')::uuid
             end as arrangement_id,
             case e.table_name
               when 'coordinator' then e.record_id
               when 'arrangement_coordinator' then (coalesce(e.after, e.before) ->> 'coordinator_id')::uuid
             end as coordinator_id
      from saves s
      cross join lateral (
        select * from public.audit_log e
        where e.txid = s.txid and e.statement_at = s.statement_at
          and (e.action <> 'UPDATE' or public.audit_content(e.after) is distinct from public.audit_content(e.before))
          and (p_record is null or e.record_id = p_record
               or coalesce(e.after, e.before) ->> 'arrangement_id' = p_record::text
               or coalesce(e.after, e.before) ->> 'coordinator_id' = p_record::text)
          and (p_kommunenummer is null
               or p_kommunenummer in (coalesce(e.after, e.before) ->> 'kommunenummer',
                                      e.before ->> 'host_kommunenummer', e.after ->> 'host_kommunenummer')
               or e.record_id = any (arrangements)
               or (coalesce(e.after, e.before) ->> 'arrangement_id')::uuid = any (arrangements)
               or e.record_id = any (coordinators))
        order by e.id limit greatest(p_entries, 1)
      ) e
    ),
    named as (
      -- Names as they are now, or as last recorded for a row deleted since.
      select e.*,
        coalesce(a.name, (select coalesce(l.after, l.before) ->> 'name' from public.audit_log l
                          where l.table_name = 'arrangement' and l.record_id = e.arrangement_id
                          order by l.id desc limit 1)) as arrangement_name,
        case e.table_name
          when 'arrangement' then a.name
          when 'service' then coalesce(sv.name, (select coalesce(l.after, l.before) ->> 'name' from public.audit_log l
                                                  where l.table_name = 'service' and l.record_id = e.record_id
                                                  order by l.id desc limit 1))
          when 'arrangement_member' then null
          else coalesce(c.full_name, (select coalesce(l.after, l.before) ->> 'full_name' from public.audit_log l
                                      where l.table_name = 'coordinator' and l.record_id = e.coordinator_id
                                      order by l.id desc limit 1))
        end as own_name
      from entries e
      left join public.arrangement a on a.id = e.arrangement_id
      left join public.coordinator c on c.id = e.coordinator_id
      left join public.service sv on e.table_name = 'service' and sv.id = e.record_id
    )
    select jsonb_agg(jsonb_build_object(
      'id', s.id,
      'at', s.at,
      'actor', s.actor,
      'actor_name', st.display_name,
      'actor_email', st.email,
      'kind', s.source,
      'changes', s.changes,
      'undid', case when s.source = 'undo' then (
        -- The save taken back: the one that last changed these records before the undo.
        select jsonb_build_object('id', max(p.id), 'at', min(p.at))
        from public.audit_log p
        where (p.txid, p.statement_at) = (
          select q.txid, q.statement_at from public.audit_log q
          where q.record_id in (select u.record_id from public.audit_log u
                                where u.txid = s.txid and u.statement_at = s.statement_at)
            and q.id < (select min(u.id) from public.audit_log u
                        where u.txid = s.txid and u.statement_at = s.statement_at)
          order by q.id desc limit 1)
      ) end,
      'entries', coalesce((
        select jsonb_agg(jsonb_build_object(
          'id', n.id, 'table_name', n.table_name, 'record_id', n.record_id, 'action', n.action,
          'before', n.before, 'after', n.after, 'name', coalesce(n.own_name, case n.table_name
            when 'arrangement' then n.arrangement_name end),
          'arrangement_id', n.arrangement_id, 'arrangement_name', n.arrangement_name
        ) order by n.id)
        from named n where n.save_id = s.id
      ), '[]'::jsonb)
    ) order by s.id desc)
    from saves s
    left join public.staff st on st.user_id = s.actor
  ), '[]'::jsonb);
end
$$;

-- Everyone who has changed programme data, for the history's person filter.
create function public.history_actors() returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
begin
  perform public.require_staff();
  return coalesce((
    select jsonb_agg(jsonb_build_object('user_id', s.user_id, 'name', coalesce(s.display_name, s.email))
                     order by coalesce(s.display_name, s.email))
    from public.staff s
    where exists (select 1 from public.audit_log l where l.actor = s.user_id)
  ), '[]'::jsonb);
end
$$;

revoke execute on function
  public.history(integer, bigint, uuid, uuid, text, integer), public.history_actors()
  from public, anon;
grant execute on function
  public.history(integer, bigint, uuid, uuid, text, integer), public.history_actors()
  to authenticated, service_role;
