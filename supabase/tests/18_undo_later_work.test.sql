-- Issue 14, item 3: undoing a change never silently takes later work with it. Undoing the creation of an
-- arrangement after a service and a coordinator were added to it is refused, naming those later changes,
-- and changes nothing; undone newest-first, every step goes through.
begin;
select plan(11);

create temp table who as select tests.create_staff('editor@example.org', 'editor') as editor;
grant select on who to authenticated;
create temp table result (step text primary key, value jsonb);
grant all on result to authenticated;
create temp table picks as select (tests.uncovered_municipalities(1))[1] as k;
grant select on picks to authenticated;
create temp table before as select tests.programme_content() as content;

select tests.run_as('authenticated', (select editor from who), $q$
  insert into result select 'create', public.save_arrangement(null, null, 'Ny ordning', (select k from picks),
    '2030-01-01', null, null, 100, null, array[(select k from picks)], '2030-01-01') $q$);
create temp table made as
  select (value->>'id')::uuid as id, (select max(id) from public.audit_log) as create_entry
  from result where step = 'create';
grant select on made to authenticated;
select tests.run_as('authenticated', (select editor from who), $q$
  insert into result select 'service', public.save_service(null, null, 'other', 'Samtalegruppe', null, null, null,
    null, (select id from made)) $q$);
create temp table service_entry as select max(id) as id from public.audit_log;
grant select on service_entry to authenticated;
select tests.run_as('authenticated', (select editor from who), $q$
  insert into result select 'coordinator', public.save_coordinator(null, null, (select id from made), 'primary',
    'Kari Koordinator', null, null, null, null, null, null) $q$);
create temp table coordinator_entry as select max(id) as id from public.audit_log;
grant select on coordinator_entry to authenticated;
create temp table after_work as select tests.programme_content() as content, (select count(*) from public.audit_log) as log;

select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'undo create', public.undo_change((select create_entry from made)) $q$)
$$, 'undoing the creation runs');
select is((select value->>'status' from result where step = 'undo create'), 'changed_since',
  'it is refused: later work depends on the arrangement');
select is(
  (select array_agg(distinct l->>'table_name' order by l->>'table_name')
   from result, jsonb_array_elements(value->'later') l where step = 'undo create'),
  array['arrangement_coordinator', 'service'], 'the refusal names the later service and coordinator link');
select ok(tests.programme_content() = (select content from after_work), 'nothing was changed');
select is((select count(*) from public.audit_log), (select log from after_work), 'nothing was written to the log');

-- A later edit of the arrangement itself is named too.
select tests.run_as('authenticated', (select editor from who), $q$
  insert into result select 'rename', public.save_arrangement((select id from made), 1, 'Nytt navn', (select k from picks),
    '2030-01-01', null, null, 100, null, array[(select k from picks)], '2030-01-01') $q$);
select tests.run_as('authenticated', (select editor from who), $q$
  insert into result select 'undo create again', public.undo_change((select create_entry from made)) $q$);
select ok((select bool_or(l->>'table_name' = 'arrangement' and l->>'action' = 'UPDATE')
           from result, jsonb_array_elements(value->'later') l where step = 'undo create again'),
  'a later edit of the arrangement is named');

-- Newest first, everything can be undone, and the data is as it was before.
select is(tests.run_as('authenticated', (select editor from who), $q$
  select 1 where public.undo_change((select max(id) from public.audit_log where action = 'UPDATE' and record_id = (select id from made)))->>'status' = 'undone' $q$),
  1::bigint, 'the rename is undone');
select is(tests.run_as('authenticated', (select editor from who), $q$
  select 1 where public.undo_change((select id from coordinator_entry))->>'status' = 'undone' $q$),
  1::bigint, 'the coordinator is undone');
select is(tests.run_as('authenticated', (select editor from who), $q$
  select 1 where public.undo_change((select id from service_entry))->>'status' = 'undone' $q$),
  1::bigint, 'the service is undone');
select is(tests.run_as('authenticated', (select editor from who), $q$
  select 1 where public.undo_change((select create_entry from made))->>'status' = 'undone' $q$),
  1::bigint, 'now the creation is undone');
select ok(tests.programme_content() = (select content from before), 'the data is as it was before');

select * from finish();
rollback;
