-- Everything the public pages show, in one call, so that the server can keep it in memory and serve
-- thousands of visitors from there; and a cheap version to poll, so that an edit reaches the public pages
-- within seconds without reloading the whole snapshot every time.

create function public.public_snapshot(p_at date default current_date)
returns jsonb
language sql stable set search_path = ''
as $$
  select jsonb_build_object(
    'map', public.map_snapshot(p_at),
    'details', (
      select jsonb_object_agg(kommunenummer, public.municipality_detail(kommunenummer, p_at))
      from public.municipality
    )
  )
$$;

-- Changes whenever programme data changes (every write is in the audit log, deletes too), when the
-- dataset is marked, and at midnight (coverage and funding phases depend on the date).
-- security definer: anonymous callers learn only a number, not the audit log.
create function public.data_version()
returns text
language sql stable security definer set search_path = ''
as $$
  select concat_ws(':',
    coalesce((select max(id) from public.audit_log), 0),
    (select extract(epoch from updated_at)::bigint from public.dataset_info),
    current_date)
$$;

grant execute on function public.public_snapshot(date), public.data_version() to anon, authenticated, service_role;
