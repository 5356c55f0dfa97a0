-- Editing services: staff only, the database's checks, optimistic concurrency, delete.
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
    select x from (select public.save_service(null, null, 'other', 'Inntrenger', null, null, null, '0301', null) as x) q
    where x is not null $q$)
$$, '42501', null, 'a signed-in non-staff user cannot add a service');
select throws_ok($$
  select tests.run_as('anon', null, $q$
    select x from (select public.arrangement_services(gen_random_uuid()) as x) q where x is not null $q$)
$$, '42501', null, 'anonymous callers cannot use the editing functions');

select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'new', public.save_service(null, null, 'peer_support', ' Likepersoner i Oslo ',
      'Samtaler', 'https://example.org/likeperson', '22 00 00 00', null, (select arrangement from who)) $q$)
$$, 'an editor adds a service to an arrangement');
select is((select name from public.service where id = (select (value->>'id')::uuid from result where step = 'new')),
  'Likepersoner i Oslo', 'the name is stored trimmed');
select ok((select value from result where step = 'new') <@ (select jsonb_build_object('status', 'saved') || value from result where step = 'new')
  and (select public.arrangement_services((select arrangement from who)))::text like '%Likepersoner i Oslo%',
  'the arrangement lists it');

select throws_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    select x from (select public.save_service(null, null, 'other', 'Uten eier', null, null, null, null, null) as x) q where x is not null $q$)
$$, '23514', null, 'a service belongs to a municipality or an arrangement');
select throws_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    select x from (select public.save_service(null, null, 'other', 'Feil lenke', null, 'javascript:alert(1)', null, '0301', null) as x) q where x is not null $q$)
$$, '23514', null, 'only http(s) links are stored');

select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'stale', public.delete_service((select (value->>'id')::uuid from result where step = 'new'), 99) $q$)
$$, 'deleting with an old version is answered');
select is((select value->>'status' from result where step = 'stale'), 'conflict',
  'a delete naming an old version is refused as a conflict');

select * from finish();
rollback;
