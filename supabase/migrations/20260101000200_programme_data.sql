-- Programme data, edited by Cancer Society staff: arrangements, their members, coordinators and services.
-- Staff accounts and the audit log live here too. Every table has row-level security; the policies sit
-- next to the tables they protect.

-- Staff ---------------------------------------------------------------------------------------------------

create table public.staff (
  user_id uuid primary key,
  email text not null unique check (email ~* '^[^@\s]+@[^@\s]+\.[a-z]{2,}$'),
  display_name text,
  role text not null check (role in ('editor', 'admin')),
  created_at timestamptz not null default now()
);
comment on table public.staff is 'Cancer Society staff. editor: programme data; admin: also staff accounts.';

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
  name text not null check (length(trim(name)) between 1 and 200),
  host_kommunenummer text not null references public.municipality (kommunenummer),
  started_on date not null check (started_on between date '2000-01-01' and date '2100-12-31'),
  ended_on date check (ended_on <= date '2100-12-31'),
  -- First year of the Cancer Society's co-funding; null = funded by the municipality alone.
  cofunding_start_year integer check (cofunding_start_year between 2012 and 2100),
  position_percent numeric(6, 1) check (position_percent > 0 and position_percent <= 1000),
  notes text check (length(notes) <= 4000),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid,
  check (ended_on is null or ended_on >= started_on),
  check (cofunding_start_year is null or ended_on is null or cofunding_start_year <= extract(year from ended_on))
);
comment on table public.arrangement is 'One coordinator offer. One member municipality: own coordinator; several: inter-municipal.';

create table public.arrangement_member (
  id uuid primary key default gen_random_uuid(),
  arrangement_id uuid not null references public.arrangement (id) on delete cascade,
  kommunenummer text not null references public.municipality (kommunenummer),
  valid_from date not null check (valid_from between date '2000-01-01' and date '2100-12-31'),
  -- Inclusive; null = still a member.
  valid_to date check (valid_to <= date '2100-12-31'),
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  updated_by uuid,
  check (valid_to is null or valid_to >= valid_from),
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
  full_name text not null check (length(trim(full_name)) between 1 and 200),
  title text check (length(title) <= 200),
  -- Norwegian numbers: eight digits, optionally after +47 / 0047, spaces allowed between digits.
  phone text check (phone ~ '^(\+47|0047)? ?[2-9]( ?[0-9]){7}$'),
  email text check (email ~* '^[^@\s]+@[^@\s]+\.[a-z]{2,}$'),
  office_address text check (length(office_address) <= 300),
  office_hours text check (length(office_hours) <= 300),
  verified_at date check (verified_at >= date '2000-01-01'),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid
);

create table public.arrangement_coordinator (
  id uuid primary key default gen_random_uuid(),
  arrangement_id uuid not null references public.arrangement (id) on delete cascade,
  coordinator_id uuid not null references public.coordinator (id) on delete cascade,
  role text not null default 'primary' check (role in ('primary', 'deputy')),
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
  id text primary key check (id ~ '^[a-z_]+$'),
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
  name text not null check (length(trim(name)) between 1 and 200),
  description text check (length(description) <= 2000),
  url text check (url ~* '^https?://[^\s]+$' and length(url) <= 500),
  phone text check (phone ~ '^(\+47|0047)? ?[2-9]( ?[0-9]){7}$'),
  kommunenummer text references public.municipality (kommunenummer),
  arrangement_id uuid references public.arrangement (id) on delete cascade,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid,
  -- A service belongs to one municipality or to one arrangement.
  check (num_nonnulls(kommunenummer, arrangement_id) = 1)
);
create index service_kommunenummer_idx on public.service (kommunenummer);
create index service_arrangement_idx on public.service (arrangement_id);

-- Versions and audit ----------------------------------------------------------------------------------------

-- Every update bumps version (optimistic concurrency: a save names the version it read) and stamps who/when.
create function public.stamp_version() returns trigger
language plpgsql set search_path = ''
as $$
begin
  new.version := old.version + 1;
  new.updated_at := now();
  new.updated_by := auth.uid();
  return new;
end
$$;

create function public.stamp_insert() returns trigger
language plpgsql set search_path = ''
as $$
begin
  new.updated_by := coalesce(new.updated_by, auth.uid());
  return new;
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
  after jsonb
);
create index audit_log_record_idx on public.audit_log (table_name, record_id, at desc);
create index audit_log_at_idx on public.audit_log (at desc);

-- security definer: the audit log has no write policy for any client role.
create function public.write_audit_log() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
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

do $$
declare
  t text;
begin
  foreach t in array array['arrangement', 'arrangement_member', 'coordinator', 'arrangement_coordinator', 'service']
  loop
    execute format('create trigger %I_stamp_version before update on public.%I
                      for each row execute function public.stamp_version()', t, t);
    execute format('create trigger %I_stamp_insert before insert on public.%I
                      for each row execute function public.stamp_insert()', t, t);
    execute format('create trigger %I_audit after insert or update or delete on public.%I
                      for each row execute function public.write_audit_log()', t, t);

    execute format('alter table public.%I enable row level security', t);
    execute format('create policy "programme data is public" on public.%I
                      for select to anon, authenticated using (true)', t);
    execute format('create policy "staff insert programme data" on public.%I
                      for insert to authenticated with check (public.is_staff())', t);
    execute format('create policy "staff update programme data" on public.%I
                      for update to authenticated using (public.is_staff()) with check (public.is_staff())', t);
    execute format('create policy "staff delete programme data" on public.%I
                      for delete to authenticated using (public.is_staff())', t);
    execute format('grant select on public.%I to anon', t);
    execute format('grant select, insert, update, delete on public.%I to authenticated', t);
    execute format('grant all on public.%I to service_role', t);
  end loop;
end
$$;

alter table public.service_category enable row level security;
create policy "service categories are public" on public.service_category
  for select to anon, authenticated using (true);
grant select on public.service_category to anon, authenticated;
grant all on public.service_category to service_role;

alter table public.staff enable row level security;
create policy "staff see themselves, admins see all" on public.staff
  for select to authenticated using (user_id = auth.uid() or public.is_admin());
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
