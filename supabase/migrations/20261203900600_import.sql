-- Spreadsheet import: the rows of one table added or changed (by id) and the listed rows removed, in one
-- statement each inside the caller's transaction, so that an import applies completely or not at all. Runs as
-- the caller: row-level security decides (staff only), and the audit log records every row under one
-- transaction id, so the whole import can be undone from the history like any save.
-- Removals need the number of rows removed confirmed by the caller (p_confirm_removals), so that no client can
-- empty a table with an ordinary import call.
create function public.import_rows(p_table text, p_rows jsonb, p_remove uuid[] default '{}',
                                   p_confirm_removals integer default 0)
returns jsonb
language plpgsql security invoker set search_path = ''
as $$
declare
  columns text[];
  column_list text;
  changed_list text;
  update_list text;
  added integer := 0;
  changed integer := 0;
  removed integer := 0;
begin
  perform public.require_staff();
  columns := case p_table
    when 'arrangement' then array['id', 'name', 'host_kommunenummer', 'started_on', 'ended_on',
                                  'cofunding_start_year', 'position_percent', 'notes']
    when 'arrangement_member' then array['id', 'arrangement_id', 'kommunenummer', 'valid_from', 'valid_to']
    when 'coordinator' then array['id', 'full_name', 'title', 'phone', 'email', 'office_address', 'office_hours',
                                  'verified_at']
    when 'arrangement_coordinator' then array['id', 'arrangement_id', 'coordinator_id', 'role']
    when 'service' then array['id', 'category', 'name', 'description', 'url', 'phone', 'kommunenummer',
                              'arrangement_id']
  end;
  if columns is null then
    raise exception 'no import into %', p_table using errcode = '22023';
  end if;
  -- Clients that can only send text parameters send the rows as a JSON string.
  if jsonb_typeof(p_rows) = 'string' then
    p_rows := (p_rows #>> '{}')::jsonb;
  end if;
  if jsonb_typeof(p_rows) <> 'array' then
    raise exception 'rows must be a JSON array' using errcode = '22023';
  end if;

  -- Removing rows is never a side effect: the caller names how many it removes (what the person confirmed).
  if cardinality(p_remove) <> coalesce(p_confirm_removals, 0) then
    raise exception 'the import removes % rows, but % removals were confirmed', cardinality(p_remove),
      coalesce(p_confirm_removals, 0)
      using errcode = '22023', hint = 'pass p_confirm_removals => the number of rows removed';
  end if;

  if cardinality(p_remove) > 0 then
    execute format('delete from public.%I where id = any($1)', p_table) using p_remove;
    get diagnostics removed = row_count;
    if removed <> cardinality(p_remove) then
      raise exception 'only % of % rows to remove exist', removed, cardinality(p_remove)
        using errcode = '40001';
    end if;
  end if;

  select string_agg(format('%I', c), ', '),
         string_agg(format('t.%I', c), ', ') filter (where c <> 'id'),
         string_agg(format('%1$I = excluded.%1$I', c), ', ') filter (where c <> 'id')
    into column_list, changed_list, update_list
  from unnest(columns) c;

  execute format(
    'with written as (
       insert into public.%1$I as t (%2$s)
       select %2$s from jsonb_populate_recordset(null::public.%1$I, $1)
       on conflict (id) do update set %3$s
       where (%4$s) is distinct from (%5$s)
       returning (xmax = 0) as inserted
     )
     select count(*) filter (where inserted), count(*) filter (where not inserted) from written',
    p_table, column_list, update_list, changed_list,
    (select string_agg(format('excluded.%I', c), ', ') from unnest(columns) c where c <> 'id'))
  using p_rows into added, changed;

  return jsonb_build_object('added', added, 'changed', changed, 'removed', removed);
end
$$;
revoke execute on function public.import_rows(text, jsonb, uuid[], integer) from public, anon;
grant execute on function public.import_rows(text, jsonb, uuid[], integer) to authenticated, service_role;

-- What imported values are checked against: the municipalities (2024 structure) and the service categories.
create function public.import_reference() returns jsonb
language sql stable set search_path = ''
as $$
  select jsonb_build_object(
    'kommunenumre', (select jsonb_agg(kommunenummer order by kommunenummer) from public.municipality),
    'categories', (select jsonb_agg(id order by sort_order) from public.service_category)
  )
$$;
grant execute on function public.import_reference() to authenticated, service_role;
