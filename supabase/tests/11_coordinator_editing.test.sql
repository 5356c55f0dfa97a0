-- Editing coordinators: staff only, checks on contact details, optimistic concurrency.
begin;
select plan(9);

create temp table who as
  select tests.create_staff('editor@example.org', 'editor') as editor, gen_random_uuid() as outsider,
         (select id from public.arrangement order by name limit 1) as arrangement;
grant select on who to authenticated;
create temp table result (step text primary key, value jsonb);
grant all on result to authenticated;

select throws_ok($$
  select tests.run_as('authenticated', (select outsider from who), $q$
    select 1 from (select public.save_coordinator(null, null, (select arrangement from who), 'deputy', 'Kari Test',
      null, '22 00 00 00', 'kari@example.org', null, null, current_date) as x) q where x is not null $q$)
$$, '42501', null, 'a signed-in non-staff user cannot add a coordinator');

select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'new', public.save_coordinator(null, null, (select arrangement from who), 'deputy',
      ' Kari Test ', 'Kreftsykepleier', '+47 22 00 00 00', 'kari@example.org', null, null, '2026-01-01')$q$)
$$, 'an editor adds a deputy coordinator to an arrangement');
select is((select full_name from public.coordinator where id = (select (value->>'id')::uuid from result where step = 'new')),
  'Kari Test', 'the name is stored trimmed');
select is(
  (select role from public.arrangement_coordinator
    where coordinator_id = (select (value->>'id')::uuid from result where step = 'new')),
  'deputy', 'linked to the arrangement as deputy');

select throws_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    select 1 from (select public.save_coordinator((select (value->>'id')::uuid from result where step = 'new'), 1, null, null,
      'Kari Test', null, '12345', 'kari@example.org', null, null, null) as x) q where x is not null $q$)
$$, '23514', null, 'a phone number that is not Norwegian is refused');
select throws_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    select 1 from (select public.save_coordinator((select (value->>'id')::uuid from result where step = 'new'), 1, null, null,
      'Kari Test', null, null, 'ikke-en-adresse', null, null, null) as x) q where x is not null $q$)
$$, '23514', null, 'an e-mail address without a domain is refused');

select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'verify', public.save_coordinator((select (value->>'id')::uuid from result where step = 'new'),
      1, null, null, 'Kari Test', 'Kreftsykepleier', '22 00 00 00', 'kari@example.org', null, null, '2026-11-01')$q$)
$$, 'an editor marks the contact details as verified');
select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'stale', public.save_coordinator((select (value->>'id')::uuid from result where step = 'new'),
      1, null, null, 'Gammelt navn', null, null, null, null, null, null)$q$)
$$, 'a save from version 1 runs …');
select is((select value->'current'->>'verified_at' from result where step = 'stale'), '2026-11-01',
  '… and is refused with the newer values');

select * from finish();
rollback;
