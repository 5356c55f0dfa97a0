-- The arrangement form shows when each member's membership starts or ends, where that is not simply "from
-- the start, open-ended": scheduled moves and future arrangements are visible where they are edited, not only
-- in the overview (issue 19, item 6). Memberships that are over are left out.
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
