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

-- A record's content without the bookkeeping fields is public.audit_content (*_undo.sql): an update that
-- changes only those changed nothing, and is left out here as undo leaves it out.

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
