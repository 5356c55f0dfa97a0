-- Issue 14, item 2: undo restores a save of any shape completely. Deleting arrangements (as an import that
-- is "the whole table" does) cascades to their members, coordinator links and services; undoing that save
-- must put every row back, parents before children, or refuse and change nothing.
begin;
select plan(5);

create temp table who as select tests.create_staff('editor@example.org', 'editor') as editor;
grant select on who to authenticated;
create temp table result (step text primary key, value jsonb);
grant all on result to authenticated;
create temp table before as select tests.programme_content() as content;
create temp table kept as select id from public.arrangement order by name limit 1;
grant select on kept to authenticated;

-- One statement, as the import's removal is: all arrangements but one, and by cascade their children.
select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    delete from public.arrangement where id not in (select id from kept) $q$)
$$, 'an editor removes all arrangements but one in one save');
select cmp_ok((select count(*) from public.arrangement_member), '<',
  (select jsonb_array_length(content->'arrangement_member')::bigint from before), 'members went with them (cascade)');

select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'undo', public.undo_change((select max(id) from public.audit_log)) $q$)
$$, 'undoing that save runs');
select is((select value->>'status' from result where step = 'undo'), 'undone', 'the save is undone');
select ok(tests.programme_content() = (select content from before),
  'every arrangement, member, coordinator link and service is back as it was');

select * from finish();
rollback;
