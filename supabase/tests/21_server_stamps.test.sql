-- Issue 14, item 11: the database, not the client, says who changed a row, when it was created and which
-- version it is. An editor writing through the API cannot forge updated_by, created_at, updated_at or version.
begin;
select plan(8);

create temp table who as
  select tests.create_staff('editor@example.org', 'editor') as editor,
         tests.create_staff('other@example.org', 'editor') as other,
         gen_random_uuid() as coordinator;
grant select on who to authenticated;

select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into public.coordinator (id, full_name, version, created_at, updated_at, updated_by)
    values ((select coordinator from who), 'Forfalsket', 99, '2001-01-01', '2001-01-01', (select other from who)) $q$)
$$, 'an editor inserts a coordinator naming another user, an old date and a version');
select is((select updated_by from public.coordinator where id = (select coordinator from who)), (select editor from who),
  'updated_by is the editor who wrote it');
select is((select version from public.coordinator where id = (select coordinator from who)), 1, 'a new row has version 1');
select ok((select created_at = now() and updated_at = now() from public.coordinator where id = (select coordinator from who)),
  'created_at and updated_at are the time of the write');

select lives_ok($$
  select tests.run_as('authenticated', (select other from who), $q$
    update public.coordinator set full_name = 'Endret', version = 50, created_at = '2001-01-01',
      updated_at = '2001-01-01', updated_by = (select editor from who)
    where id = (select coordinator from who) $q$)
$$, 'another editor updates it, naming the first and an old date');
select is((select updated_by from public.coordinator where id = (select coordinator from who)), (select other from who),
  'updated_by is the editor who changed it');
select is((select version from public.coordinator where id = (select coordinator from who)), 2, 'the version goes up by one');
select ok((select created_at = now() and updated_at = now() from public.coordinator where id = (select coordinator from who)),
  'created_at is kept, updated_at is the time of the change');

select * from finish();
rollback;
