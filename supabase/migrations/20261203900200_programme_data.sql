-- Programme data, edited by Cancer Society staff: arrangements, their members, coordinators and services.
-- Staff accounts and the audit log live here too. Every table has row-level security; the policies sit
-- next to the tables they protect.
--
-- Constraints are named for what they check, so that the app can key its messages by them
-- (src/lib/domain/entities/), one constraint per way a value can be wrong:
--   <table>_<column>_not_blank | _length | _format | _range | _known | _printable, and named rules across
--   columns (arrangement_dates_ordered, …).
-- Text the staff and the public read holds no control characters (C0, DEL, C1): they come from a spreadsheet
-- read in the wrong character set (Windows-1252's en dash 0x96 read as Latin-1 is U+0096) and show as boxes.
-- One named CHECK constraint per text column, <table>_<column>_printable (src/lib/staff/printable.ts holds
-- the same rule for its messages). Tabs and line breaks are allowed only in the columns of several lines
-- (notes, description).

-- Staff ---------------------------------------------------------------------------------------------------

create table public.staff (
  user_id uuid primary key,
  email text not null unique
    constraint staff_email_format check (email ~* '^[^@\s]+@[^@\s]+\.[a-z]{2,}$'),
  display_name text
    constraint staff_display_name_printable check (display_name !~ '[\x01-\x1f\x7f-\x9f]'),
  role text not null constraint staff_role_known check (role in ('editor', 'admin')),
  created_at timestamptz not null default now(),
  must_change_password boolean not null default false
);
comment on table public.staff is 'Cancer Society staff. editor: programme data; admin: also staff accounts.';
comment on column public.staff.must_change_password is
  'Set from the invitation; cleared only when the password changes (public.password_changed).';

-- security definer so that policies can ask without being subject to staff's own policies.
create function public.is_staff() returns boolean
language sql stable security definer set search_path = ''
as $$ select exists (select 1 from public.staff where user_id = auth.uid()) $$;

create function public.is_admin() returns boolean
language sql stable security definer set search_path = ''
as $$ select exists (select 1 from public.staff where user_id = auth.uid() and role = 'admin') $$;

-- Dataset ---------------------------------------------------------------------------------------------------

-- One row that says whether the programme data is the generated demo data (the UI then says so clearly).
create table public.dataset_info (
  id boolean primary key default true check (id),
  is_demo boolean not null default false,
  updated_at timestamptz not null default now()
);
insert into public.dataset_info (id, is_demo) values (true, false);
alter table public.dataset_info enable row level security;
create policy "dataset info is public" on public.dataset_info for select to anon, authenticated using (true);
create policy "admins mark the dataset" on public.dataset_info
  for update to authenticated using (public.is_admin()) with check (public.is_admin());
grant select on public.dataset_info to anon;
grant select, update on public.dataset_info to authenticated;
grant all on public.dataset_info to service_role;


-- Arrangements ----------------------------------------------------------------------------------------------

create table public.arrangement (
  id uuid primary key default gen_random_uuid(),
  name text not null
    constraint arrangement_name_not_blank check (length(trim(name)) >= 1)
    constraint arrangement_name_length check (length(trim(name)) <= 200)
    constraint arrangement_name_printable check (name !~ '[\x01-\x1f\x7f-\x9f]'),
  host_kommunenummer text not null references public.municipality (kommunenummer),
  started_on date not null
    constraint arrangement_started_on_range check (started_on between date '2000-01-01' and date '2100-12-31'),
  ended_on date
    constraint arrangement_ended_on_range check (ended_on between date '2000-01-01' and date '2100-12-31'),
  -- First year of the Cancer Society's co-funding; null = funded by the municipality alone.
  cofunding_start_year integer
    constraint arrangement_cofunding_start_year_range check (cofunding_start_year between 2012 and 2100),
  position_percent numeric(6, 1)
    constraint arrangement_position_percent_range check (position_percent > 0 and position_percent <= 1000),
  notes text
    constraint arrangement_notes_length check (length(notes) <= 4000)
    constraint arrangement_notes_printable check (notes !~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]'),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid,
  constraint arrangement_dates_ordered check (ended_on is null or ended_on >= started_on),
  constraint arrangement_cofunding_within_period
    check (cofunding_start_year is null or ended_on is null or cofunding_start_year <= extract(year from ended_on))
);
comment on table public.arrangement is 'One coordinator offer. One member municipality: own coordinator; several: inter-municipal.';

create table public.arrangement_member (
  id uuid primary key default gen_random_uuid(),
  arrangement_id uuid not null references public.arrangement (id) on delete cascade,
  kommunenummer text not null references public.municipality (kommunenummer),
  valid_from date not null
    constraint arrangement_member_valid_from_range check (valid_from between date '2000-01-01' and date '2100-12-31'),
  -- Inclusive; null = still a member.
  valid_to date
    constraint arrangement_member_valid_to_range check (valid_to between date '2000-01-01' and date '2100-12-31'),
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  updated_by uuid,
  constraint arrangement_member_dates_ordered check (valid_to is null or valid_to >= valid_from),
  -- A municipality is in at most one arrangement on any date.
  constraint arrangement_member_no_overlap exclude using gist (
    kommunenummer with =,
    daterange(valid_from, valid_to, '[]') with &&
  )
);
create index arrangement_member_arrangement_idx on public.arrangement_member (arrangement_id);

-- A membership must lie within its arrangement's period.
create function public.check_member_within_arrangement() returns trigger
language plpgsql set search_path = ''
as $$
declare
  a public.arrangement;
begin
  select * into a from public.arrangement where id = new.arrangement_id;
  if new.valid_from < a.started_on
     or (a.ended_on is not null and (new.valid_to is null or new.valid_to > a.ended_on)) then
    raise exception 'membership of % (% – %) lies outside the arrangement''s period (% – %)',
      new.kommunenummer, new.valid_from, coalesce(new.valid_to::text, '…'),
      a.started_on, coalesce(a.ended_on::text, '…')
      using errcode = '23514', constraint = 'arrangement_member_within_arrangement';
  end if;
  return new;
end
$$;
create trigger arrangement_member_within_arrangement
  before insert or update on public.arrangement_member
  for each row execute function public.check_member_within_arrangement();


-- Coordinators ----------------------------------------------------------------------------------------------

create table public.coordinator (
  id uuid primary key default gen_random_uuid(),
  full_name text not null
    constraint coordinator_full_name_not_blank check (length(trim(full_name)) >= 1)
    constraint coordinator_full_name_length check (length(trim(full_name)) <= 200)
    constraint coordinator_full_name_printable check (full_name !~ '[\x01-\x1f\x7f-\x9f]'),
  title text
    constraint coordinator_title_length check (length(title) <= 200)
    constraint coordinator_title_printable check (title !~ '[\x01-\x1f\x7f-\x9f]'),
  -- Norwegian numbers: eight digits, optionally after +47 / 0047, spaces allowed between digits.
  phone text
    constraint coordinator_phone_format check (phone ~ '^(\+47|0047)? ?[2-9]( ?[0-9]){7}$')
    constraint coordinator_phone_printable check (phone !~ '[\x01-\x1f\x7f-\x9f]'),
  email text
    constraint coordinator_email_format check (email ~* '^[^@\s]+@[^@\s]+\.[a-z]{2,}$')
    constraint coordinator_email_printable check (email !~ '[\x01-\x1f\x7f-\x9f]'),
  office_address text
    constraint coordinator_office_address_length check (length(office_address) <= 300)
    constraint coordinator_office_address_printable check (office_address !~ '[\x01-\x1f\x7f-\x9f]'),
  office_hours text
    constraint coordinator_office_hours_length check (length(office_hours) <= 300)
    constraint coordinator_office_hours_printable check (office_hours !~ '[\x01-\x1f\x7f-\x9f]'),
  -- The form says "not in the future", and so does the database. The date is Norway's (a contact verified
  -- this morning in Oslo is not in the future at 00:30, UTC's yesterday). now() in a check: the bound only
  -- moves later, so a row that passed once keeps passing (a dump restores).
  verified_at date
    constraint coordinator_verified_at_range
      check (verified_at between date '2000-01-01' and (now() at time zone 'Europe/Oslo')::date),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid
);

create table public.arrangement_coordinator (
  id uuid primary key default gen_random_uuid(),
  arrangement_id uuid not null references public.arrangement (id) on delete cascade,
  coordinator_id uuid not null references public.coordinator (id) on delete cascade,
  role text not null default 'primary'
    constraint arrangement_coordinator_role_known check (role in ('primary', 'deputy')),
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  updated_by uuid,
  unique (arrangement_id, coordinator_id)
);
create unique index arrangement_coordinator_one_primary
  on public.arrangement_coordinator (arrangement_id) where role = 'primary';
create index arrangement_coordinator_coordinator_idx on public.arrangement_coordinator (coordinator_id);

-- Services --------------------------------------------------------------------------------------------------


create table public.service_category (
  id text primary key constraint service_category_id_format check (id ~ '^[a-z_]+$'),
  sort_order integer not null,
  name_nb text not null,
  name_nn text not null,
  name_en text not null
);
insert into public.service_category (id, sort_order, name_nb, name_nn, name_en) values
  ('palliative_unit', 1, 'Palliativ enhet', 'Palliativ eining', 'Palliative care unit'),
  ('healthy_life_centre', 2, 'Frisklivssentral', 'Frisklivssentral', 'Healthy life centre'),
  ('cancer_rehabilitation', 3, 'Kreftrehabilitering', 'Kreftrehabilitering', 'Cancer rehabilitation'),
  ('vardesenter', 4, 'Vardesenter', 'Vardesenter', 'Vardesenter (cancer meeting place)'),
  ('peer_support', 5, 'Likepersoner', 'Likepersonar', 'Peer support'),
  ('children_as_relatives', 6, 'Barn som pårørende', 'Barn som pårørande', 'Children as relatives'),
  ('patient_association', 7, 'Pasientforening', 'Pasientforeining', 'Patient association'),
  ('other', 8, 'Annet tilbud', 'Anna tilbod', 'Other service');


create table public.service (
  id uuid primary key default gen_random_uuid(),
  category text not null references public.service_category (id),
  name text not null
    constraint service_name_not_blank check (length(trim(name)) >= 1)
    constraint service_name_length check (length(trim(name)) <= 200)
    constraint service_name_printable check (name !~ '[\x01-\x1f\x7f-\x9f]'),
  description text
    constraint service_description_length check (length(description) <= 2000)
    constraint service_description_printable check (description !~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]'),
  url text
    constraint service_url_format check (url ~* '^https?://[^\s]+$')
    constraint service_url_length check (length(url) <= 500)
    constraint service_url_printable check (url !~ '[\x01-\x1f\x7f-\x9f]'),
  phone text
    constraint service_phone_format check (phone ~ '^(\+47|0047)? ?[2-9]( ?[0-9]){7}$')
    constraint service_phone_printable check (phone !~ '[\x01-\x1f\x7f-\x9f]'),
  kommunenummer text references public.municipality (kommunenummer),
  arrangement_id uuid references public.arrangement (id) on delete cascade,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid,
  -- A service belongs to one municipality or to one arrangement.
  constraint service_one_owner check (num_nonnulls(kommunenummer, arrangement_id) = 1)
);
create index service_kommunenummer_idx on public.service (kommunenummer);
create index service_arrangement_idx on public.service (arrangement_id);

-- Versions and audit ----------------------------------------------------------------------------------------

-- A row's content: what undo must give back. The stamps are the database's record of the write itself.
create function public.audit_content(p_row jsonb) returns jsonb
language sql immutable set search_path = ''
as $$ select p_row - array['version', 'created_at', 'updated_at', 'updated_by'] $$;
revoke execute on function public.audit_content(jsonb) from public, anon;
grant execute on function public.audit_content(jsonb) to authenticated, service_role;

-- The database, not the client, stamps every write of programme data: a new row gets version 1, created_at and
-- updated_at now and updated_by the signed-in user; a change keeps created_at and gets the next version (a save
-- names the version it read: optimistic concurrency), now and the user. Whatever a client sends for these
-- columns is overwritten, so the audit trail and the versions cannot be forged through the API. The stamps are
-- set by name through jsonb_populate_record, so one function serves tables with and without created_at.
create function public.stamp_insert() returns trigger
language plpgsql set search_path = ''
as $$
begin
  new := jsonb_populate_record(new, jsonb_build_object(
    'version', 1, 'created_at', now(), 'updated_at', now(), 'updated_by', auth.uid()));
  return new;
end
$$;

-- A save that changes nothing is not a change: an update whose content (public.audit_content: every column but
-- the stamps) is unchanged keeps the row's stamps and writes no audit entry (the audit trigger below), the same
-- rule as undo and the history use, so all three agree on what "changed" means.
create function public.stamp_version() returns trigger
language plpgsql set search_path = ''
as $$
begin
  if public.audit_content(to_jsonb(new)) = public.audit_content(to_jsonb(old)) then
    return old;
  end if;
  new := jsonb_populate_record(new, jsonb_build_object(
    'version', old.version + 1, 'created_at', to_jsonb(old) -> 'created_at', 'updated_at', now(),
    'updated_by', auth.uid()));
  return new;
end
$$;

-- What kind of call wrote an audit row. The audit triggers do not say, so the column's default reads the
-- client's statement: an undo and an import are single calls of their functions (in PostgREST and in the
-- embedded transport alike), so the statement names them.
create function public.audit_source() returns text
language sql stable set search_path = ''
as $$
  select case
    when current_query() ~* 'undo_change"?\s*\(' then 'undo'
    when current_query() ~* 'import_rows"?\s*\(' then 'import'
    else 'save'
  end
$$;

create table public.audit_log (
  id bigint generated always as identity primary key,
  table_name text not null,
  record_id uuid not null,
  action text not null check (action in ('INSERT', 'UPDATE', 'DELETE')),
  actor uuid,
  at timestamptz not null default now(),
  before jsonb,
  after jsonb,
  -- One save can change several rows (an arrangement and its members): a save is one statement, and the
  -- transaction id and the statement's start time together name it (what undo and the history take).
  txid bigint not null default txid_current(),
  statement_at timestamptz not null default statement_timestamp(),
  source text not null default public.audit_source()
    constraint audit_log_source_known check (source in ('save', 'undo', 'import'))
);
create index audit_log_record_idx on public.audit_log (table_name, record_id, at desc);
create index audit_log_at_idx on public.audit_log (at desc);
create index audit_log_txid_idx on public.audit_log (txid, statement_at);

-- security definer: the audit log has no write policy for any client role.
create function public.write_audit_log() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and public.audit_content(to_jsonb(new)) = public.audit_content(to_jsonb(old)) then
    return null;
  end if;
  insert into public.audit_log (table_name, record_id, action, actor, before, after)
  values (
    tg_table_name,
    case when tg_op = 'DELETE' then old.id else new.id end,
    tg_op,
    auth.uid(),
    case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end,
    case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end
  );
  return null;
end
$$;

-- Triggers, row-level security and grants of the programme tables. Anonymous visitors read exactly what the
-- public pages show, column by column: row-level security decides which rows, these grants which columns.
-- Notes, versions, creation times and the staff user ids in updated_by are for staff only; updated_at stays
-- public (the map shows "last changed"). A signed-in account that is not staff reads no programme rows at all:
-- column grants cannot tell staff from other signed-in users (both are the authenticated role), and the staff
-- functions read whole rows with the caller's rights, so row-level security decides instead. Visitors, signed
-- in or not, see the public data through the anon role (the app reads the public pages without the user's
-- token).
do $$
declare
  t record;
begin
  for t in
    select * from (values
      ('arrangement', 'id, name, host_kommunenummer, started_on, ended_on, cofunding_start_year, position_percent, updated_at'),
      ('arrangement_member', 'id, arrangement_id, kommunenummer, valid_from, valid_to, updated_at'),
      ('coordinator', 'id, full_name, title, phone, email, office_address, office_hours, verified_at, updated_at'),
      ('arrangement_coordinator', 'id, arrangement_id, coordinator_id, role, updated_at'),
      ('service', 'id, category, name, description, url, phone, kommunenummer, arrangement_id, updated_at')
    ) as v(table_name, public_columns)
  loop
    execute format('create trigger %I_stamp_version before update on public.%I
                      for each row execute function public.stamp_version()', t.table_name, t.table_name);
    execute format('create trigger %I_stamp_insert before insert on public.%I
                      for each row execute function public.stamp_insert()', t.table_name, t.table_name);
    execute format('create trigger %I_audit after insert or update or delete on public.%I
                      for each row execute function public.write_audit_log()', t.table_name, t.table_name);

    execute format('alter table public.%I enable row level security', t.table_name);
    execute format('create policy "programme data is public" on public.%I for select to anon using (true)',
                   t.table_name);
    -- (select …): evaluated once per statement, not once per row.
    execute format('create policy "staff read programme data" on public.%I
                      for select to authenticated using ((select public.is_staff()))', t.table_name);
    execute format('create policy "staff insert programme data" on public.%I
                      for insert to authenticated with check (public.is_staff())', t.table_name);
    execute format('create policy "staff update programme data" on public.%I
                      for update to authenticated using (public.is_staff()) with check (public.is_staff())',
                   t.table_name);
    execute format('create policy "staff delete programme data" on public.%I
                      for delete to authenticated using (public.is_staff())', t.table_name);
    execute format('grant select (%s) on public.%I to anon', t.public_columns, t.table_name);
    execute format('grant select, insert, update, delete on public.%I to authenticated', t.table_name);
    execute format('grant all on public.%I to service_role', t.table_name);
  end loop;
end
$$;

alter table public.service_category enable row level security;
create policy "service categories are public" on public.service_category
  for select to anon, authenticated using (true);
grant select on public.service_category to anon, authenticated;
grant all on public.service_category to service_role;

alter table public.staff enable row level security;
-- (select auth.uid()): evaluated once per statement, not once per row.
create policy "staff see themselves, admins see all" on public.staff
  for select to authenticated using (user_id = (select auth.uid()) or public.is_admin());
create policy "admins add staff" on public.staff
  for insert to authenticated with check (public.is_admin());
create policy "admins change staff" on public.staff
  for update to authenticated using (public.is_admin()) with check (public.is_admin());
create policy "admins remove staff" on public.staff
  for delete to authenticated using (public.is_admin());
grant select, insert, update, delete on public.staff to authenticated;
grant all on public.staff to service_role;

alter table public.audit_log enable row level security;
create policy "staff read the audit log" on public.audit_log
  for select to authenticated using (public.is_staff());
grant select on public.audit_log to authenticated;
grant all on public.audit_log to service_role;

grant execute on function public.is_staff(), public.is_admin() to anon, authenticated, service_role;
