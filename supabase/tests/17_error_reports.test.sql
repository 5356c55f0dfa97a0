-- "Report an error": anonymous visitors can only add a report, through submit_error_report(), and cannot
-- read any; staff read them and set their status; bad input and floods are refused by the database itself.
begin;
select plan(18);

create temp table who as
  select tests.create_staff('redaktor@example.org', 'editor') as editor, gen_random_uuid() as outsider;
grant select on who to authenticated;
create temp table result (step text primary key, value jsonb);
grant all on result to anon, authenticated;

select lives_ok($$
  select tests.run_as('anon', null, $q$
    insert into result select 'submit', public.submit_error_report('4627', '  Telefonnummeret er feil.  ', 'ola@example.org') $q$)
$$, 'an anonymous visitor submits a report through the function');
select is((select value->>'status' from result where step = 'submit'), 'received', 'the report is received');
select is((select message || '|' || contact || '|' || status from public.error_report),
  'Telefonnummeret er feil.|ola@example.org|new', 'it is stored trimmed, as new');

select throws_ok($$
  select tests.run_as('anon', null, $q$ insert into public.error_report (kommunenummer, message) values ('4627', 'direkte innsatt') $q$)
$$, '42501', null, 'anon cannot insert into the table directly');
select throws_ok($$
  select tests.run_as('anon', null, $q$ select * from public.error_report $q$)
$$, '42501', null, 'anon cannot read reports');
select throws_ok($$
  select tests.run_as('anon', null, $q$ select x from (select public.error_reports() as x) q where x is not null $q$)
$$, '42501', null, 'anon cannot call the staff list');
select throws_ok($$
  select tests.run_as('anon', null, $q$ update public.error_report set status = 'fixed' $q$)
$$, '42501', null, 'anon cannot change reports');
select is(
  tests.run_as('authenticated', (select outsider from who), $q$ select * from public.error_report $q$),
  0::bigint, 'a signed-in non-staff user sees no reports');

select throws_ok($$ select public.submit_error_report('4627', 'kort') $$, '23514', null,
  'a message under 5 characters is refused');
select throws_ok($$ select public.submit_error_report('4627', repeat('x', 2001)) $$, '23514', null,
  'a message over 2000 characters is refused');
select throws_ok($$ select public.submit_error_report('4627', 'Feil her' || chr(7) || ' og der') $$, '23514', null,
  'control characters are refused');
select throws_ok($$ select public.submit_error_report('9999', 'Ukjent kommune her') $$, '23503', null,
  'an unknown municipality is refused');

-- The throttle: the same text again is stored once; past the limit per municipality the answer is busy.
insert into result select 'repeat', public.submit_error_report('4627', 'Telefonnummeret er feil.');
select is((select count(*) from public.error_report), 1::bigint, 'a repeated report within the hour is stored once');
insert into result select 'flood', jsonb_agg(public.submit_error_report('0301', 'Feil nummer ' || i)) from generate_series(1, 25) i;
select is((select count(*) from public.error_report where kommunenummer = '0301'),
  (public.error_report_limits() ->> 'per_municipality_per_hour')::bigint,
  'no more than the limit per municipality per hour is stored');
select is((select value -> -1 ->> 'status' from result where step = 'flood'), 'busy', 'past the limit the answer is busy');

-- Staff read and resolve.
select is(
  tests.run_as('authenticated', (select editor from who), $q$
    select r from jsonb_array_elements(public.error_reports('open')) r where r->>'kommunenummer' = '4627' $q$),
  1::bigint, 'staff see the open report');
select lives_ok($$ select tests.run_as('authenticated', (select editor from who), $q$
  insert into result select 'resolve', public.set_error_report_status(
    (select id from public.error_report where kommunenummer = '4627'), 'fixed', 'Rettet.') $q$) $$, 'staff set a status');
select is((select status || '|' || staff_note || '|' || (updated_by = (select editor from who))::text
           from public.error_report where kommunenummer = '4627'),
  'fixed|Rettet.|true', 'staff resolve a report; who and the note are kept');

select * from finish();
rollback;
