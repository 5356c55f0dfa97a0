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

-- A changed password ends the person's sessions (Supabase Auth's users here; the embedded default's
-- accounts get the same trigger in src/lib/server/auth/embedded-accounts.ts).
create function public.password_changed_ends_sessions() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  perform public.end_staff_sessions_of(old.id);
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
