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
