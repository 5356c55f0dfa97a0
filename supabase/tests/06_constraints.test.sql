-- The database itself rejects impossible data, whoever sends it.
begin;
select plan(16);

insert into public.arrangement (id, name, host_kommunenummer, started_on, ended_on) values
  ('00000000-0000-4000-8000-000000000010', 'A', '4627', '2030-01-01', null),
  ('00000000-0000-4000-8000-000000000011', 'B', '4601', '2030-01-01', null);
-- Askøy's demo membership, if any, ends before the test period.
update public.arrangement_member set valid_to = '2029-12-31'
  where kommunenummer in ('4627', '4601') and (valid_to is null or valid_to > '2029-12-31');
insert into public.arrangement_member (arrangement_id, kommunenummer, valid_from, valid_to)
  values ('00000000-0000-4000-8000-000000000010', '4627', '2030-01-01', '2031-06-30');

select throws_ok($$ insert into public.arrangement_member (arrangement_id, kommunenummer, valid_from)
  values ('00000000-0000-4000-8000-000000000011', '4627', '2031-06-30') $$,
  '23P01', null, 'a municipality cannot be in two arrangements on the same date');
select throws_ok($$ insert into public.arrangement_member (arrangement_id, kommunenummer, valid_from)
  values ('00000000-0000-4000-8000-000000000011', '4627', '2030-01-01') $$,
  '23P01', null, 'an open-ended membership cannot overlap a closed one');
select lives_ok($$ insert into public.arrangement_member (arrangement_id, kommunenummer, valid_from)
  values ('00000000-0000-4000-8000-000000000011', '4627', '2031-07-01') $$,
  'moving to another arrangement the day after is allowed');
select throws_ok($$ insert into public.arrangement_member (arrangement_id, kommunenummer, valid_from)
  values ('00000000-0000-4000-8000-000000000011', '4601', '2029-06-01') $$,
  '23514', null, 'a membership cannot start before its arrangement');

select throws_ok($$ insert into public.municipality (kommunenummer, fylkesnummer, name, name_norwegian)
  values ('301', '03', 'X', 'X') $$, '23514', null, 'a kommunenummer has four digits');
select throws_ok($$ insert into public.municipality (kommunenummer, fylkesnummer, name, name_norwegian)
  values ('46a7', '46', 'X', 'X') $$, '23514', null, 'a kommunenummer is digits only');
select throws_ok($$ insert into public.arrangement (name, host_kommunenummer, started_on)
  values ('X', '9999', '2020-01-01') $$, '23503', null, 'the host must be a known municipality');
select throws_ok($$ insert into public.coordinator (full_name, email) values ('X', 'not-an-address') $$,
  '23514', null, 'a malformed e-mail address is rejected');
select throws_ok($$ insert into public.coordinator (full_name, phone) values ('X', '12345') $$,
  '23514', null, 'a too short phone number is rejected');
select throws_ok($$ insert into public.coordinator (full_name, phone) values ('X', '+46 70 123 45 67') $$,
  '23514', null, 'a non-Norwegian phone number is rejected');
select lives_ok($$ insert into public.coordinator (full_name, phone, email)
  values ('X', '+47 55 12 34 56', 'x@example.org'), ('Y', '41234567', null), ('Z', '0047 912 34 567', null) $$,
  'Norwegian numbers in the usual spellings are accepted');
select throws_ok($$ insert into public.arrangement (name, host_kommunenummer, started_on, cofunding_start_year)
  values ('X', '0301', '2020-01-01', 2011) $$, '23514', null, 'co-funding cannot start before 2012');
select throws_ok($$ insert into public.arrangement (name, host_kommunenummer, started_on)
  values ('X', '0301', '1899-01-01') $$, '23514', null, 'an impossible start year is rejected');
select throws_ok($$ insert into public.arrangement (name, host_kommunenummer, started_on, ended_on)
  values ('X', '0301', '2020-01-01', '2019-12-31') $$, '23514', null, 'an arrangement cannot end before it starts');
select throws_ok($$ insert into public.arrangement (name, host_kommunenummer, started_on)
  values ('   ', '0301', '2020-01-01') $$, '23514', null, 'an arrangement needs a name');
select throws_ok($$ insert into public.service (category, name, url, kommunenummer)
  values ('peer_support', 'X', 'javascript:alert(1)', '0301') $$, '23514', null, 'a service link must be http(s)');

select * from finish();
rollback;
