-- An import removes rows only when the caller confirms how many (p_confirm_removals); coordinators left in
-- no arrangement are listed for staff (unlinked_coordinators).
begin;
select plan(8);


create temp table who as
  select tests.create_staff('editor@example.org', 'editor') as editor,
         array(select id from public.coordinator order by full_name limit 3) as three;
grant select on who to authenticated;
create temp table before as select count(*) as coordinators from public.coordinator;
create temp table result (step text primary key, value jsonb);
grant all on result to authenticated;

select throws_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    select public.import_rows('coordinator', '[]', (select three from who)) $q$)
$$, '22023', 'the import removes 3 rows, but 0 removals were confirmed',
  'removals without a confirmed count are refused');
select throws_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    select public.import_rows('coordinator', '[]', (select three from who), 2) $q$)
$$, '22023', null, 'a confirmed count that is not the number removed is refused');
select throws_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    select public.import_rows('coordinator', '[]', '{}', 5) $q$)
$$, '22023', null, 'a confirmed count with nothing to remove is refused too');
select is((select count(*) from public.coordinator), (select coordinators from before),
  'nothing was removed by the refused calls');

select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'remove', public.import_rows('coordinator', '[]', (select three from who), 3) $q$)
$$, 'with the count confirmed, the rows are removed');
select is((select value ->> 'removed' from result where step = 'remove'), '3', 'three rows removed');

-- A coordinator added without any arrangement is listed; anonymous callers get nothing.
insert into public.coordinator (id, full_name, phone) values ('00000000-0000-4000-8000-0000000000c1', 'Uten Ordning', '22 33 44 55');
select tests.run_as('authenticated', (select editor from who), $q$
  insert into result select 'unlinked', public.unlinked_coordinators() $q$);
select is((select value from jsonb_array_elements((select value from result where step = 'unlinked'))
           where value ->> 'full_name' = 'Uten Ordning'),
  '{"id": "00000000-0000-4000-8000-0000000000c1", "full_name": "Uten Ordning"}'::jsonb,
  'a coordinator in no arrangement is listed for staff');
select throws_ok($$ select tests.run_as('anon', null, $q$ select x from public.unlinked_coordinators() x $q$) $$,
  '42501', null, 'anonymous callers cannot list them');

select * from finish();
rollback;
