-- "Report an error": a visitor tells the Cancer Society that something on a municipality's page is wrong,
-- without an account. Anonymous callers can only add a report, through submit_error_report() (security
-- definer, with size caps, refusal of control characters and a throttle that holds even for callers who
-- bypass the app with the public anon key); they cannot read any. Staff read them and set their status.

create table public.error_report (
  id uuid primary key default gen_random_uuid(),
  kommunenummer text not null
    constraint error_report_municipality references public.municipality (kommunenummer),
  message text not null
    constraint error_report_message_length check (char_length(message) between 5 and 2000)
    constraint error_report_message_text check (message !~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]'),
  contact text
    constraint error_report_contact_length check (char_length(contact) between 1 and 200)
    constraint error_report_contact_text check (contact !~ '[\x01-\x1f\x7f]'),
  status text not null default 'new'
    constraint error_report_status check (status in ('new', 'in_progress', 'fixed', 'rejected')),
  staff_note text constraint error_report_staff_note_length check (char_length(staff_note) <= 2000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid
);
comment on table public.error_report is 'Errors reported by visitors on a municipality''s page; read and resolved by staff.';
create index error_report_open on public.error_report (created_at) where status in ('new', 'in_progress');

alter table public.error_report enable row level security;
create policy "staff read error reports" on public.error_report
  for select to authenticated using (public.is_staff());
create policy "staff resolve error reports" on public.error_report
  for update to authenticated using (public.is_staff()) with check (public.is_staff());
-- No insert grant at all: reports come in through submit_error_report() only.
grant select, update (status, staff_note, updated_at, updated_by) on public.error_report to authenticated;
grant all on public.error_report to service_role;

-- The throttle, in one place: at most this many reports per municipality per hour, and in all per hour.
create function public.error_report_limits() returns jsonb
language sql immutable set search_path = ''
as $$ select jsonb_build_object('per_municipality_per_hour', 20, 'per_hour', 200) $$;

-- Adds a report. Returns {status: 'received'} (also for a repeat of the same text within the hour, which is
-- stored once) or {status: 'busy'} when the throttle is reached. Bad input raises check_violation (23514)
-- or foreign_key_violation (23503) naming the constraint, as the table's own checks would.
create function public.submit_error_report(p_kommunenummer text, p_message text, p_contact text default null)
returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_message text := btrim(p_message);
  v_contact text := nullif(btrim(p_contact), '');
  v_limits jsonb := public.error_report_limits();
begin
  -- One at a time, so that concurrent calls cannot all pass the throttle's count.
  perform pg_advisory_xact_lock(hashtext('public.submit_error_report'));
  if exists (select 1 from public.error_report
             where kommunenummer = p_kommunenummer and message = v_message
               and created_at > now() - interval '1 hour') then
    return jsonb_build_object('status', 'received');
  end if;
  if (select count(*) from public.error_report where created_at > now() - interval '1 hour')
       >= (v_limits ->> 'per_hour')::integer
     or (select count(*) from public.error_report
         where kommunenummer = p_kommunenummer and created_at > now() - interval '1 hour')
       >= (v_limits ->> 'per_municipality_per_hour')::integer then
    return jsonb_build_object('status', 'busy');
  end if;
  insert into public.error_report (kommunenummer, message, contact) values (p_kommunenummer, v_message, v_contact);
  return jsonb_build_object('status', 'received');
end
$$;

-- Reports for the staff list, newest first, with the municipality's name and its arrangement today (the
-- record to correct). p_status null: all; 'open': new and in progress.
create function public.error_reports(p_status text default null) returns jsonb
language plpgsql stable set search_path = ''
as $$
begin
  perform public.require_staff();
  return coalesce((
    select jsonb_agg(jsonb_build_object(
        'id', r.id, 'kommunenummer', r.kommunenummer, 'municipality_name', mu.name,
        'name_norwegian', mu.name_norwegian,
        'arrangement_id', cov.arrangement_id, 'arrangement_name', cov.arrangement_name,
        'message', r.message, 'contact', r.contact, 'status', r.status, 'staff_note', r.staff_note,
        'created_at', r.created_at, 'updated_at', r.updated_at)
      order by r.created_at desc)
    from public.error_report r
    join public.municipality mu on mu.kommunenummer = r.kommunenummer
    left join public.coverage_at(current_date) cov on cov.kommunenummer = r.kommunenummer
    where p_status is null or r.status = p_status
       or (p_status = 'open' and r.status in ('new', 'in_progress'))
  ), '[]'::jsonb);
end
$$;

create function public.set_error_report_status(p_id uuid, p_status text, p_staff_note text default null)
returns jsonb
language plpgsql volatile set search_path = ''
as $$
begin
  perform public.require_staff();
  update public.error_report
     set status = p_status, staff_note = nullif(btrim(p_staff_note), ''), updated_at = now(),
         updated_by = auth.uid()
   where id = p_id;
  return jsonb_build_object('status', case when found then 'saved' else 'not_found' end);
end
$$;

revoke execute on function public.error_report_limits(), public.submit_error_report(text, text, text),
  public.error_reports(text), public.set_error_report_status(uuid, text, text) from public;
grant execute on function public.error_report_limits(), public.submit_error_report(text, text, text)
  to anon, authenticated, service_role;
grant execute on function public.error_reports(text), public.set_error_report_status(uuid, text, text)
  to authenticated, service_role;
