-- Staff accounts, for admins: who has access and with which role, and invitations by e-mail. An invited
-- person becomes staff the first time they sign in with that (verified) e-mail address, in Supabase Auth or
-- in the embedded default alike, through claim_staff_invitation(). There is always at least one admin.

create table public.staff_invitation (
  email text primary key check (email = lower(email) and email ~* '^[^@\s]+@[^@\s]+\.[a-z]{2,}$'),
  role text not null check (role in ('editor', 'admin')),
  invited_by uuid,
  created_at timestamptz not null default now()
);
comment on table public.staff_invitation is 'Access given by an admin to an e-mail address, taken up at first sign-in.';
alter table public.staff_invitation enable row level security;
create policy "admins see invitations" on public.staff_invitation
  for select to authenticated using (public.is_admin());
create policy "admins invite" on public.staff_invitation
  for insert to authenticated with check (public.is_admin());
create policy "admins change invitations" on public.staff_invitation
  for update to authenticated using (public.is_admin()) with check (public.is_admin());
create policy "admins withdraw invitations" on public.staff_invitation
  for delete to authenticated using (public.is_admin());
grant select, insert, update, delete on public.staff_invitation to authenticated;
grant all on public.staff_invitation to service_role;

create function public.require_admin() returns void
language plpgsql stable set search_path = ''
as $$
begin
  if not public.is_admin() then
    raise exception 'only admins manage staff accounts' using errcode = '42501';
  end if;
end
$$;

create function public.staff_overview() returns jsonb
language plpgsql stable set search_path = ''
as $$
begin
  perform public.require_admin();
  return jsonb_build_object(
    'staff', coalesce((select jsonb_agg(jsonb_build_object(
        'user_id', s.user_id, 'email', s.email, 'display_name', s.display_name, 'role', s.role,
        'created_at', s.created_at) order by s.email) from public.staff s), '[]'::jsonb),
    'invitations', coalesce((select jsonb_agg(jsonb_build_object(
        'email', i.email, 'role', i.role, 'created_at', i.created_at) order by i.email)
      from public.staff_invitation i), '[]'::jsonb)
  );
end
$$;

-- A new role for a staff member, or 'none' to remove their access. Refused if no admin would be left.
create function public.set_staff_role(p_user_id uuid, p_role text) returns jsonb
language plpgsql set search_path = ''
as $$
begin
  perform public.require_admin();
  -- Checked before the change: an admin who removes themselves can no longer see the others afterwards.
  if p_role <> 'admin'
     and exists (select 1 from public.staff where user_id = p_user_id and role = 'admin')
     and not exists (select 1 from public.staff where role = 'admin' and user_id <> p_user_id) then
    raise exception 'there must be at least one admin'
      using errcode = '23514', constraint = 'staff_last_admin';
  end if;
  if p_role = 'none' then
    delete from public.staff where user_id = p_user_id;
  else
    update public.staff set role = p_role where user_id = p_user_id;
  end if;
  if not found then
    return jsonb_build_object('status', 'not_found');
  end if;
  return jsonb_build_object('status', 'saved');
end
$$;

-- Gives an e-mail address access with a role: at once for someone who is staff already, else at their
-- first sign-in.
create function public.invite_staff(p_email text, p_role text) returns jsonb
language plpgsql set search_path = ''
as $$
declare
  address text := lower(trim(p_email));
begin
  perform public.require_admin();
  if exists (select 1 from public.staff where lower(email) = address) then
    return jsonb_build_object('status', 'already_staff');
  end if;
  insert into public.staff_invitation (email, role, invited_by) values (address, p_role, auth.uid())
  on conflict (email) do update set role = excluded.role, invited_by = excluded.invited_by;
  return jsonb_build_object('status', 'invited');
end
$$;

create function public.withdraw_staff_invitation(p_email text) returns jsonb
language plpgsql set search_path = ''
as $$
begin
  perform public.require_admin();
  delete from public.staff_invitation where email = lower(trim(p_email));
  return jsonb_build_object('status', case when found then 'withdrawn' else 'not_found' end);
end
$$;

-- At sign-in: turns an invitation for the caller's e-mail address into staff access. security definer: the
-- caller is not staff yet and cannot read invitations; the address is the one in their signed JWT.
create function public.claim_staff_invitation() returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  address text := lower(auth.jwt() ->> 'email');
begin
  if auth.uid() is null or address is null then
    return null;
  end if;
  if not exists (select 1 from public.staff where user_id = auth.uid()) then
    with taken as (delete from public.staff_invitation where email = address returning role)
    insert into public.staff (user_id, email, role) select auth.uid(), address, role from taken;
  end if;
  return public.current_staff();
end
$$;

revoke execute on function public.require_admin(), public.staff_overview(), public.set_staff_role(uuid, text),
  public.invite_staff(text, text), public.withdraw_staff_invitation(text), public.claim_staff_invitation()
  from public, anon;
grant execute on function public.require_admin(), public.staff_overview(), public.set_staff_role(uuid, text),
  public.invite_staff(text, text), public.withdraw_staff_invitation(text), public.claim_staff_invitation()
  to authenticated, service_role;
