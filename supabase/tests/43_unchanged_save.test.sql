-- Issue 16: a save that changes nothing is not a change. Saving a form without editing it (or writing a row
-- with the values it already has) keeps the version, who/when, and writes no audit entry, so the history
-- shows no empty save and the last real save can still be undone.
begin;
select plan(16);

create temp table who as
  select tests.create_staff('editor@example.org', 'editor') as editor,
         tests.create_staff('other@example.org', 'editor') as other;
grant select on who to authenticated;
create temp table result (step text primary key, value jsonb);
grant all on result to authenticated;
create temp table picks as select tests.uncovered_municipalities(2) as k;
grant select on picks to authenticated;

select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'new', public.save_arrangement(null, null, 'Uendret', (select k[1] from picks),
      '2030-01-01', null, 2030, 100, 'Notat', array[(select k[1] from picks), (select k[2] from picks)], '2030-01-01')$q$)
$$, 'an editor creates an arrangement');
create temp view saved_arrangement as
  select a.*, (select count(*) from public.audit_log l where l.record_id = a.id) as entries
  from public.arrangement a where a.id = (select (value->>'id')::uuid from result where step = 'new');
grant select on saved_arrangement to authenticated;
create temp table before_save as select * from saved_arrangement;

-- The same values again, by another editor: nothing changes.
select lives_ok($$
  select tests.run_as('authenticated', (select other from who), $q$
    insert into result select 'same', public.save_arrangement((select id from saved_arrangement), 1, 'Uendret',
      (select k[1] from picks), '2030-01-01', null, 2030, 100, 'Notat',
      array[(select k[2] from picks), (select k[1] from picks)], '2030-01-01')$q$)
$$, 'another editor saves it unchanged');
select is((select value->>'status' from result where step = 'same'), 'saved', 'the save is answered as saved');
select is((select value->>'version' from result where step = 'same'), '1', '… with the version unchanged');
select is((select version from saved_arrangement), 1, 'the stored version is unchanged');
select is((select (updated_by, updated_at)::text from saved_arrangement),
          (select (updated_by, updated_at)::text from before_save), 'who and when are those of the real save');
select is((select entries from saved_arrangement), (select entries from before_save),
  'no audit entry is written for it');

-- The last real save can still be undone.
select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'undo', public.undo_change((select max(id) from public.audit_log
      where record_id = (select id from saved_arrangement))) $q$)
$$, 'the editor undoes their save');
select is((select value->>'status' from result where step = 'undo'), 'undone',
  'the last real save can still be undone after the unchanged save');
select is((select count(*) from saved_arrangement), 0::bigint, 'it was the creation that was taken back');

-- A row written directly with its own values (as an import would): no new version, no entry.
create temp table coordinator_row as select gen_random_uuid() as id;
grant select on coordinator_row to authenticated;
select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into public.coordinator (id, full_name, phone) values ((select id from coordinator_row), 'Kari', '22 33 44 55') $q$)
$$, 'an editor writes a coordinator');
select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    update public.coordinator set full_name = 'Kari', phone = '22 33 44 55' where id = (select id from coordinator_row) $q$)
$$, '… then the same values again');
select is((select version from public.coordinator where id = (select id from coordinator_row)), 1,
  'the coordinator keeps version 1');
select is((select count(*) from public.audit_log where record_id = (select id from coordinator_row)), 1::bigint,
  'only the insert is in the audit log');

-- A real change still counts.
select lives_ok($$
  select tests.run_as('authenticated', (select other from who), $q$
    update public.coordinator set phone = '22 33 44 66' where id = (select id from coordinator_row) $q$)
$$, 'another editor changes the phone number');
select is((select (version, updated_by = (select other from who))::text from public.coordinator
           where id = (select id from coordinator_row)), '(2,t)', 'a real change gets the next version and its author');

select * from finish();
rollback;
