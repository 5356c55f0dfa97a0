-- Every CHECK constraint on the programme and staff tables gets a name that says what it checks, instead of
-- the one PostgreSQL made up (arrangement_check, arrangement_check1, …: numbered in declaration order, so
-- reordering them changed which message users read). The app keys its messages by these names
-- (src/lib/domain/entities/), one constraint per way a value can be wrong:
--   <table>_<column>_not_blank | _length | _format | _range | _known | _printable, and named rules across
--   columns (arrangement_dates_ordered, …).
-- Pure renames keep the constraint; a check that said two things is split in two (dropped and added again).

alter table public.arrangement rename constraint arrangement_check to arrangement_dates_ordered;
alter table public.arrangement rename constraint arrangement_check1 to arrangement_cofunding_within_period;
alter table public.arrangement
  rename constraint arrangement_cofunding_start_year_check to arrangement_cofunding_start_year_range;
-- The end had only an upper bound; the start's lower bound held it through arrangement_dates_ordered. One rule
-- for every date of the programme now: 2000–2100.
alter table public.arrangement drop constraint arrangement_ended_on_check,
  add constraint arrangement_ended_on_range check (ended_on between date '2000-01-01' and date '2100-12-31');
alter table public.arrangement rename constraint arrangement_notes_check to arrangement_notes_length;
alter table public.arrangement
  rename constraint arrangement_position_percent_check to arrangement_position_percent_range;
alter table public.arrangement rename constraint arrangement_started_on_check to arrangement_started_on_range;
alter table public.arrangement drop constraint arrangement_name_check,
  add constraint arrangement_name_not_blank check (length(trim(name)) >= 1),
  add constraint arrangement_name_length check (length(trim(name)) <= 200);

alter table public.arrangement_member rename constraint arrangement_member_check to arrangement_member_dates_ordered;
alter table public.arrangement_member
  rename constraint arrangement_member_valid_from_check to arrangement_member_valid_from_range;
alter table public.arrangement_member drop constraint arrangement_member_valid_to_check,
  add constraint arrangement_member_valid_to_range check (valid_to between date '2000-01-01' and date '2100-12-31');

alter table public.coordinator rename constraint coordinator_email_check to coordinator_email_format;
alter table public.coordinator rename constraint coordinator_phone_check to coordinator_phone_format;
alter table public.coordinator rename constraint coordinator_title_check to coordinator_title_length;
alter table public.coordinator rename constraint coordinator_office_address_check to coordinator_office_address_length;
alter table public.coordinator rename constraint coordinator_office_hours_check to coordinator_office_hours_length;
alter table public.coordinator drop constraint coordinator_full_name_check,
  add constraint coordinator_full_name_not_blank check (length(trim(full_name)) >= 1),
  add constraint coordinator_full_name_length check (length(trim(full_name)) <= 200);
-- The form said "not in the future", the database only "from 2000": one rule now, in both. The date is
-- Norway's (a contact verified this morning in Oslo is not in the future at 00:30, UTC's yesterday). now() in
-- a check: the bound only moves later, so a row that passed once keeps passing (a dump restores).
alter table public.coordinator drop constraint coordinator_verified_at_check,
  add constraint coordinator_verified_at_range
    check (verified_at between date '2000-01-01' and (now() at time zone 'Europe/Oslo')::date);

alter table public.arrangement_coordinator
  rename constraint arrangement_coordinator_role_check to arrangement_coordinator_role_known;

alter table public.service rename constraint service_check to service_one_owner;
alter table public.service rename constraint service_description_check to service_description_length;
alter table public.service rename constraint service_phone_check to service_phone_format;
alter table public.service drop constraint service_name_check,
  add constraint service_name_not_blank check (length(trim(name)) >= 1),
  add constraint service_name_length check (length(trim(name)) <= 200);
alter table public.service drop constraint service_url_check,
  add constraint service_url_format check (url ~* '^https?://[^\s]+$'),
  add constraint service_url_length check (length(url) <= 500);

alter table public.service_category rename constraint service_category_id_check to service_category_id_format;

alter table public.staff rename constraint staff_email_check to staff_email_format;
alter table public.staff rename constraint staff_role_check to staff_role_known;
-- A name people read, as every other text column (20261201300000_printable_text.sql).
alter table public.staff
  add constraint staff_display_name_printable check (display_name !~ '[\x01-\x1f\x7f-\x9f]');
alter table public.staff_invitation rename constraint staff_invitation_email_check to staff_invitation_email_format;
alter table public.staff_invitation rename constraint staff_invitation_role_check to staff_invitation_role_known;
