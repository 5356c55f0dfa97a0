-- Lists for finding records in the staff area: arrangements with what staff search them by (member names and
-- numbers, counties, coordinators) and their members over time (future arrangements and scheduled moves are
-- shown, not "–"), and every coordinator with the arrangements they work in.

create or replace function public.arrangements_for_staff() returns jsonb
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
