-- Invited accounts choose their own password at first sign-in (issue 19, item 9). An invitation says whether
-- the account starts with a temporary password (an admin set it, or it was made outside the app, as with
-- Supabase Auth); claiming it marks the staff member, and the staff area asks for a new password before
-- anything else. Only a real password change clears the mark: the triggers on the password columns (Supabase's
-- auth.users here, the embedded accounts in src/lib/server/auth/embedded-accounts.ts) call
-- public.password_changed(), which also ends the person's sessions. Nobody can clear the mark by a call.

alter table public.staff_invitation
  add column temporary_password boolean not null default true;
comment on column public.staff_invitation.temporary_password is
  'The account signs in with a password someone else knows: a new one is asked for at first sign-in.';

alter table public.staff
  add column must_change_password boolean not null default false;
comment on column public.staff.must_change_password is
  'Set from the invitation; cleared only when the password changes (public.password_changed).';

-- Who is signed in, as staff, and whether they must choose a new password first.
create or replace function public.current_staff() returns jsonb
language sql stable set search_path = ''
as $$
  select jsonb_build_object('user_id', s.user_id, 'email', s.email, 'display_name', s.display_name,
                            'role', s.role, 'must_change_password', s.must_change_password)
  from public.staff s
  where s.user_id = auth.uid()
$$;

drop function public.invite_staff(text, text);
-- As before, and the invitation says whether the account starts with a temporary password (the default).
create function public.invite_staff(p_email text, p_role text, p_temporary_password boolean default true)
returns jsonb
language plpgsql set search_path = ''
as $$
declare
  address text := lower(trim(p_email));
begin
  perform public.require_admin();
  if exists (select 1 from public.staff where lower(email) = address) then
    return jsonb_build_object('status', 'already_staff');
  end if;
  insert into public.staff_invitation (email, role, invited_by, temporary_password)
  values (address, p_role, auth.uid(), coalesce(p_temporary_password, true))
  on conflict (email) do update
    set role = excluded.role, invited_by = excluded.invited_by, temporary_password = excluded.temporary_password;
  return jsonb_build_object('status', 'invited');
end
$$;

create or replace function public.claim_staff_invitation() returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  address text := lower(auth.jwt() ->> 'email');
begin
  if auth.uid() is null or address is null then
    return null;
  end if;
  if not exists (select 1 from public.staff where user_id = auth.uid()) then
    with taken as (delete from public.staff_invitation where email = address returning role, temporary_password)
    insert into public.staff (user_id, email, role, must_change_password)
    select auth.uid(), address, role, temporary_password from taken;
  end if;
  return public.current_staff();
end
$$;

-- A user's password has changed: their sessions end and the temporary-password mark goes. Internal: called
-- by the password triggers only.
create function public.password_changed(p_user_id uuid) returns void
language plpgsql volatile security definer set search_path = ''
as $$
begin
  perform public.end_staff_sessions_of(p_user_id);
  update public.staff set must_change_password = false where user_id = p_user_id and must_change_password;
end
$$;

create or replace function public.password_changed_ends_sessions() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  perform public.password_changed(old.id);
  return null;
end
$$;

revoke execute on function public.invite_staff(text, text, boolean), public.password_changed(uuid)
  from public, anon, authenticated;
grant execute on function public.invite_staff(text, text, boolean) to authenticated, service_role;
grant execute on function public.password_changed(uuid) to service_role;
