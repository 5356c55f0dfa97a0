-- The history as staff read it: one entry per save (the audit rows of one statement: txid + statement_at,
-- the same unit undo_change takes back), with names resolved, saves that changed nothing left out, and
-- filters by person, record and municipality. Read-only; the audit triggers and undo are unchanged.

-- What kind of call wrote an audit row. The audit triggers do not say, so the column's default reads the
-- client's statement: an undo and an import are single calls of their functions (in PostgREST and in the
-- embedded transport alike), so the statement names them. Rows written before this column existed are saves.
create function public.audit_source() returns text
language sql stable set search_path = ''
as $$
  select case
    when current_query() ~* 'undo_change"?\s*\(' then 'undo'
    when current_query() ~* 'import_rows"?\s*\(' then 'import'
    else 'save'
  end
$$;
alter table public.audit_log add column source text not null default public.audit_source()
  constraint audit_log_source_known check (source in ('save', 'undo', 'import'));

-- The fields of a record that are bookkeeping, not content: a change to only these changed nothing.
create function public.audit_changed(p_action text, p_before jsonb, p_after jsonb) returns boolean
language sql immutable set search_path = ''
as $$
  select p_action <> 'UPDATE' or exists (
    select 1 from jsonb_each(p_after) e
    where e.key not in ('version', 'updated_at', 'updated_by', 'created_at')
      and p_before -> e.key is distinct from e.value
  )
$$;

-- The name of an arrangement, coordinator or service: as it is now, or as it was last recorded if the
-- row has been deleted since.
create function public.history_name(p_table text, p_id uuid) returns text
language sql stable set search_path = ''
as $$
  select coalesce(
    case p_table
      when 'arrangement' then (select name from public.arrangement where id = p_id)
      when 'coordinator' then (select full_name from public.coordinator where id = p_id)
      when 'service' then (select name from public.service where id = p_id)
    end,
    (select coalesce(l.after, l.before) ->> case p_table when 'coordinator' then 'full_name' else 'name' end
     from public.audit_log l where l.table_name = p_table and l.record_id = p_id
     order by l.id desc limit 1)
  )
$$;

-- Whether an audit row concerns a record: the record itself, or a row that points at it (a membership, a
-- coordinator link or a service of an arrangement; the links of a coordinator).
create function public.audit_concerns(l public.audit_log, p_record uuid) returns boolean
language sql immutable set search_path = ''
as $$
  select l.record_id = p_record
    or coalesce(l.after, l.before) ->> 'arrangement_id' = p_record::text
    or coalesce(l.after, l.before) ->> 'coordinator_id' = p_record::text
$$;

-- Whether an audit row concerns a municipality: its membership, its services, an arrangement it hosts, and
-- the rows of the arrangements it is or was a member of (p_arrangements, worked out once per call).
create function public.audit_concerns_municipality(l public.audit_log, p_kommunenummer text, p_arrangements uuid[])
returns boolean
language sql stable set search_path = ''
as $$
  select p_kommunenummer in (l.before ->> 'kommunenummer', l.after ->> 'kommunenummer',
                             l.before ->> 'host_kommunenummer', l.after ->> 'host_kommunenummer')
    or l.record_id = any (p_arrangements)
    or (coalesce(l.after, l.before) ->> 'arrangement_id')::uuid = any (p_arrangements)
    or (l.table_name = 'coordinator' and exists (
      select 1 from public.arrangement_coordinator ac
      where ac.coordinator_id = l.record_id and ac.arrangement_id = any (p_arrangements)
    ))
$$;

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
  arrangements uuid[];
begin
  perform public.require_staff();
  if p_kommunenummer is not null then
    select array_agg(distinct a) into arrangements from (
      select m.arrangement_id as a from public.arrangement_member m where m.kommunenummer = p_kommunenummer
      union
      select (coalesce(l.after, l.before) ->> 'arrangement_id')::uuid from public.audit_log l
      where l.table_name = 'arrangement_member' and coalesce(l.after, l.before) ->> 'kommunenummer' = p_kommunenummer
    ) q;
  end if;
  return coalesce((
    with saves as (
      select l.txid, l.statement_at, max(l.id) as id, min(l.at) as at, (array_agg(l.actor))[1] as actor,
             (array_agg(l.source))[1] as source, count(*) as changes
      from public.audit_log l
      where public.audit_changed(l.action, l.before, l.after)
      group by l.txid, l.statement_at
      having (p_before is null or max(l.id) < p_before)
         and (p_actor is null or bool_or(l.actor = p_actor))
         and (p_record is null or bool_or(public.audit_concerns(l, p_record)))
         and (p_kommunenummer is null or bool_or(public.audit_concerns_municipality(l, p_kommunenummer, coalesce(arrangements, '{}'))))
      order by max(l.id) desc
      limit least(greatest(p_limit, 1), 200)
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
      'entries', (
        select jsonb_agg(jsonb_build_object(
          'id', e.id, 'table_name', e.table_name, 'record_id', e.record_id, 'action', e.action,
          'before', e.before, 'after', e.after,
          'name', case e.table_name
            when 'arrangement_coordinator' then
              public.history_name('coordinator', (coalesce(e.after, e.before) ->> 'coordinator_id')::uuid)
            when 'arrangement_member' then null
            else public.history_name(e.table_name, e.record_id) end,
          'arrangement_id', case e.table_name when 'arrangement' then e.record_id
            when 'coordinator' then (select ac.arrangement_id from public.arrangement_coordinator ac
                                     where ac.coordinator_id = e.record_id order by ac.role desc limit 1)
            else (coalesce(e.after, e.before) ->> 'arrangement_id')::uuid end,
          'arrangement_name', public.history_name('arrangement', case e.table_name
            when 'arrangement' then e.record_id
            when 'coordinator' then (select ac.arrangement_id from public.arrangement_coordinator ac
                                     where ac.coordinator_id = e.record_id order by ac.role desc limit 1)
            else (coalesce(e.after, e.before) ->> 'arrangement_id')::uuid end)
        ) order by e.id)
        from (
          select * from public.audit_log e
          where e.txid = s.txid and e.statement_at = s.statement_at
            and public.audit_changed(e.action, e.before, e.after)
          order by e.id limit greatest(p_entries, 1)
        ) e
      )
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
  public.history(integer, bigint, uuid, uuid, text, integer), public.history_actors(),
  public.history_name(text, uuid), public.audit_concerns(public.audit_log, uuid),
  public.audit_concerns_municipality(public.audit_log, text, uuid[])
  from public, anon;
grant execute on function
  public.history(integer, bigint, uuid, uuid, text, integer), public.history_actors()
  to authenticated, service_role;
