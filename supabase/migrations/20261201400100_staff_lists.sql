-- Lists for finding records in the staff area: arrangements with what staff search them by (member names and
-- numbers, counties, coordinators) and their members over time (future arrangements and scheduled moves are
-- shown, not "–"), and every coordinator with the arrangements they work in.

create or replace function public.arrangements_for_staff() returns jsonb
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
      -- Members today, or for an arrangement that has not started, on its first day.
      'members', coalesce((
        select jsonb_agg(mu.name order by mu.name)
        from public.arrangement_member m join public.municipality mu using (kommunenummer)
        where m.arrangement_id = a.id and m.valid_from <= greatest(current_date, a.started_on)
          and (m.valid_to is null or m.valid_to >= greatest(current_date, a.started_on))
      ), '[]'::jsonb),
      'member_numbers', coalesce((
        select jsonb_agg(distinct m.kommunenummer) from public.arrangement_member m where m.arrangement_id = a.id
      ), '[]'::jsonb),
      'counties', coalesce((
        select jsonb_agg(distinct c.name)
        from public.arrangement_member m join public.county c on c.fylkesnummer = left(m.kommunenummer, 2)
        where m.arrangement_id = a.id
      ), '[]'::jsonb),
      -- Membership changes still to come: who joins or leaves, and when.
      'scheduled', coalesce((
        select jsonb_agg(x order by x->>'on', x->>'name')
        from (
          select jsonb_build_object('name', mu.name, 'kommunenummer', m.kommunenummer, 'change', 'joins',
                                    'on', m.valid_from) as x
          from public.arrangement_member m join public.municipality mu using (kommunenummer)
          where m.arrangement_id = a.id and m.valid_from > greatest(current_date, a.started_on)
          union all
          select jsonb_build_object('name', mu.name, 'kommunenummer', m.kommunenummer, 'change', 'leaves',
                                    'on', m.valid_to + 1)
          from public.arrangement_member m join public.municipality mu using (kommunenummer)
          where m.arrangement_id = a.id and m.valid_to >= current_date
            and (a.ended_on is null or m.valid_to < a.ended_on)
        ) changes
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
