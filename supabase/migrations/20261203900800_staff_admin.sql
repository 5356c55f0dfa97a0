-- Staff accounts, for admins: who has access and with which role, and invitations by e-mail. An invited
-- person becomes staff the first time they sign in with that (verified) e-mail address, in Supabase Auth or
-- in the embedded default alike, through claim_staff_invitation(). There is always at least one admin.

create table public.staff_invitation (
  email text primary key
    constraint staff_invitation_email_format check (email = lower(email) and email ~* '^[^@\s]+@[^@\s]+\.[a-z]{2,}$'),
  role text not null constraint staff_invitation_role_known check (role in ('editor', 'admin')),
  invited_by uuid,
  created_at timestamptz not null default now(),
  temporary_password boolean not null default true
);
comment on table public.staff_invitation is 'Access given by an admin to an e-mail address, taken up at first sign-in.';
comment on column public.staff_invitation.temporary_password is
  'The account signs in with a password someone else knows: a new one is asked for at first sign-in.';
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
-- first sign-in. The invitation says whether the account starts with a temporary password (the default: an
-- admin set it, or it was made outside the app, as with Supabase Auth); claiming it marks the staff member,
-- and the staff area asks for a new password before anything else.
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
    with taken as (delete from public.staff_invitation where email = address returning role, temporary_password)
    insert into public.staff (user_id, email, role, must_change_password)
    select auth.uid(), address, role, temporary_password from taken;
  end if;
  return public.current_staff();
end
$$;

revoke execute on function public.require_admin(), public.staff_overview(), public.set_staff_role(uuid, text),
  public.withdraw_staff_invitation(text), public.claim_staff_invitation()
  from public, anon;
grant execute on function public.require_admin(), public.staff_overview(), public.set_staff_role(uuid, text),
  public.withdraw_staff_invitation(text), public.claim_staff_invitation()
  to authenticated, service_role;
revoke execute on function public.invite_staff(text, text, boolean) from public, anon, authenticated;
grant execute on function public.invite_staff(text, text, boolean) to authenticated, service_role;

-- There is always at least one admin, whatever the path: set_staff_role, a direct UPDATE
-- or DELETE through the API, or two admins demoting each other at the same moment. The check runs in the
-- database after every change that takes an admin away. A transaction-level advisory lock makes such changes
-- take turns, and the check reads the admins FOR UPDATE, so a concurrent change is either seen (read
-- committed: each check reads what is committed) or makes this transaction fail to serialise (repeatable read
-- and serializable), and never lets both through.
-- security definer: a client's own view of staff is filtered by row-level security; the check must see all.

create function public.check_staff_keeps_an_admin() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('public.staff: at least one admin'));
  perform 1 from public.staff where role = 'admin' for update;
  if not found then
    raise exception 'there must be at least one admin'
      using errcode = '23514', constraint = 'staff_last_admin';
  end if;
  return null;
end
$$;
revoke execute on function public.check_staff_keeps_an_admin() from public, anon, authenticated;

create constraint trigger staff_keeps_an_admin
  after update or delete on public.staff
  deferrable initially immediate
  for each row
  when (old.role = 'admin')
  execute function public.check_staff_keeps_an_admin();

-- Sessions ------------------------------------------------------------------------------------------------

-- Staff sessions on the server side, so that a session can end for good: at sign-out, when the person's
-- staff role is changed or removed, and when their password changes. The app's session cookie names a random
-- session id; the staff area asks staff_session_active() on every request, so a copied cookie stops working
-- the moment its session ends. Clients never read or write the table: only the functions below, which act
-- for auth.uid() alone. The table lives in a schema that the API does not expose.

create schema if not exists private;
revoke all on schema private from public, anon, authenticated;
grant usage on schema private to service_role;

create table private.staff_session (
  session_id uuid primary key,
  user_id uuid not null,
  started_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ended_at timestamptz,
  constraint staff_session_expires_after_start check (expires_at > started_at)
);
comment on table private.staff_session is 'Signed-in sessions of the app; a session with ended_at set or past expires_at is over.';
create index staff_session_open_by_user on private.staff_session (user_id) where ended_at is null;
alter table private.staff_session enable row level security;
-- No policy and no grant: no client role reads or writes rows directly.
revoke all on private.staff_session from public, anon, authenticated;
grant all on private.staff_session to service_role;

-- Starts a session for the signed-in user (at most 12 hours). security definer: the table has no policies.
create function public.begin_staff_session(p_session_id uuid, p_expires_at timestamptz) returns void
language plpgsql volatile security definer set search_path = ''
as $$
begin
  if auth.uid() is null then
    raise exception 'only a signed-in user starts a session' using errcode = '42501';
  end if;
  delete from private.staff_session where expires_at < now() - interval '1 day';
  insert into private.staff_session (session_id, user_id, expires_at)
  values (p_session_id, auth.uid(), least(p_expires_at, now() + interval '12 hours'));
end
$$;

-- Whether the signed-in user's session is still open (a session id of someone else's is never open).
create function public.staff_session_active(p_session_id uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from private.staff_session
    where session_id = p_session_id and user_id = auth.uid() and ended_at is null and expires_at > now()
  )
$$;

-- Ends the signed-in user's session (sign-out).
create function public.end_staff_session(p_session_id uuid) returns void
language sql volatile security definer set search_path = ''
as $$
  update private.staff_session set ended_at = now()
  where session_id = p_session_id and user_id = auth.uid() and ended_at is null
$$;

-- Ends every open session of a user. Internal: called by the triggers below.
create function public.end_staff_sessions_of(p_user_id uuid) returns void
language sql volatile security definer set search_path = ''
as $$
  update private.staff_session set ended_at = now() where user_id = p_user_id and ended_at is null
$$;

-- A changed or removed staff role ends the person's sessions: they sign in again with their new rights.
create function public.staff_role_changed_ends_sessions() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if tg_op = 'DELETE' or old.role is distinct from new.role or old.user_id is distinct from new.user_id then
    perform public.end_staff_sessions_of(old.user_id);
  end if;
  return null;
end
$$;
create trigger staff_role_changed_ends_sessions
  after update or delete on public.staff
  for each row execute function public.staff_role_changed_ends_sessions();

-- A user's password has changed: their sessions end and the temporary-password mark goes (only a real
-- password change clears it: nobody can clear the mark by a call). Internal: called by the password triggers
-- only (Supabase's auth.users here, the embedded accounts in src/lib/server/auth/embedded-accounts.ts).
create function public.password_changed(p_user_id uuid) returns void
language plpgsql volatile security definer set search_path = ''
as $$
begin
  perform public.end_staff_sessions_of(p_user_id);
  update public.staff set must_change_password = false where user_id = p_user_id and must_change_password;
end
$$;

-- A changed password ends the person's sessions (Supabase Auth's users here; the embedded default's
-- accounts get the same trigger in src/lib/server/auth/embedded-accounts.ts).
create function public.password_changed_ends_sessions() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  perform public.password_changed(old.id);
  return null;
end
$$;
do $$
begin
  if to_regclass('auth.users') is not null
     and exists (select 1 from information_schema.columns
                 where table_schema = 'auth' and table_name = 'users' and column_name = 'encrypted_password') then
    create trigger password_changed_ends_sessions
      after update of encrypted_password on auth.users
      for each row when (old.encrypted_password is distinct from new.encrypted_password)
      execute function public.password_changed_ends_sessions();
  end if;
end
$$;

revoke execute on function public.begin_staff_session(uuid, timestamptz), public.staff_session_active(uuid),
  public.end_staff_session(uuid), public.end_staff_sessions_of(uuid), public.staff_role_changed_ends_sessions(),
  public.password_changed_ends_sessions()
  from public, anon, authenticated;
grant execute on function public.begin_staff_session(uuid, timestamptz), public.staff_session_active(uuid),
  public.end_staff_session(uuid)
  to authenticated, service_role;
grant execute on function public.end_staff_sessions_of(uuid) to service_role;
revoke execute on function public.invite_staff(text, text, boolean), public.password_changed(uuid)
  from public, anon, authenticated;
grant execute on function public.invite_staff(text, text, boolean) to authenticated, service_role;
grant execute on function public.password_changed(uuid) to service_role;
