-- Undo of one save, of any shape (issue 14, items 2 and 3). A save is every audit entry of one statement
-- (transaction id and statement time): an edit, an import with removals and all their cascaded rows.
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

-- A row's content: what undo must give back. The stamps are the database's record of the write itself.
create function public.audit_content(p_row jsonb) returns jsonb
language sql immutable set search_path = ''
as $$ select p_row - array['version', 'created_at', 'updated_at', 'updated_by'] $$;

create or replace function public.undo_change(p_audit_id bigint) returns jsonb
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

revoke execute on function public.programme_tables(), public.audit_content(jsonb) from public, anon;
grant execute on function public.programme_tables(), public.audit_content(jsonb) to authenticated, service_role;
