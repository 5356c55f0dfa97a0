-- Issue 16: one version check for every save. public.lock_for_save locks the row a save or delete names and
-- says whether it may go ahead ('ok'), the row is gone ('not_found') or someone saved it since ('conflict');
-- public.save_refusal and public.saved_result give the answers every save returns. Each save and delete uses
-- them, so a stale save of any entity is refused the same way, with the row as it is now.
begin;
select plan(33);

create temp table who as
  select tests.create_staff('editor@example.org', 'editor') as editor, gen_random_uuid() as outsider,
         gen_random_uuid() as missing;
grant select on who to authenticated;
create temp table result (step text primary key, value jsonb);
grant all on result to authenticated;
create temp table picks as select tests.uncovered_municipalities(2) as k;
grant select on picks to authenticated;

-- The helpers ---------------------------------------------------------------------------------------------

select function_returns('public', 'lock_for_save', array['regclass', 'uuid', 'integer'], 'text',
  'lock_for_save(table, id, version) answers in a word');
select isnt_definer('public', 'lock_for_save', array['regclass', 'uuid', 'integer'],
  '… with the caller''s rights, so row-level security decides which rows it may lock');
select is(
  (select coalesce(array_agg(distinct coalesce(r.rolname::text, 'public')), '{}')
   from pg_proc p, aclexplode(p.proacl) a left join pg_roles r on r.oid = a.grantee
   where p.proname in ('lock_for_save', 'save_refusal', 'saved_result') and p.pronamespace = 'public'::regnamespace
     and a.privilege_type = 'EXECUTE' and coalesce(r.rolname, 'public') in ('public', 'anon')),
  '{}'::text[], 'neither anonymous callers nor the public may call the helpers');

-- An editor makes one row of each entity and saves each once, so that version 1 is stale.
select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'arrangement', public.save_arrangement(null, null, 'Låst', (select k[1] from picks),
      '2030-01-01', null, 2030, 100, null, array[(select k[1] from picks), (select k[2] from picks)], '2030-01-01')$q$)
$$, 'an editor creates an arrangement');
select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'coordinator', public.save_coordinator(null, null,
      (select (value->>'id')::uuid from result where step = 'arrangement'), 'primary', 'Kari Lås', null,
      '22 00 00 00', 'kari@example.org', null, null, null)$q$)
$$, '… a coordinator for it');
select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'service', public.save_service(null, null, 'other', 'Låsetilbud', null, null,
      null, null, (select (value->>'id')::uuid from result where step = 'arrangement'))$q$)
$$, '… and a service');
create temp view saved as
  select step, (value->>'id')::uuid as id, (value->>'version')::integer as version from result
  where step in ('arrangement', 'coordinator', 'service');
grant select on saved to authenticated;
select is(
  (select array_agg(s.version = coalesce(a.version, c.version, v.version) order by s.step) from saved s
   left join public.arrangement a on a.id = s.id left join public.coordinator c on c.id = s.id
   left join public.service v on v.id = s.id),
  array[true, true, true], 'each new row is answered with the version the database gave it');
select is((select array_agg(value - 'id' order by step) from result),
  array_fill('{"status": "saved", "version": 1}'::jsonb, array[3]), '… as saved, version 1');

select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'arrangement 2', public.save_arrangement((select id from saved where step = 'arrangement'), 1,
      'Låst ordning', (select k[1] from picks), '2030-01-01', null, 2030, 80, null,
      array[(select k[1] from picks), (select k[2] from picks)], '2030-01-01');
    insert into result select 'coordinator 2', public.save_coordinator((select id from saved where step = 'coordinator'), 1,
      null, null, 'Kari Låsen', null, '22 00 00 00', 'kari@example.org', null, null, null);
    insert into result select 'service 2', public.save_service((select id from saved where step = 'service'), 1,
      'other', 'Låsetilbudet', null, null, null, null, null) $q$)
$$, 'the editor saves each of them from the version they read');
select is(
  (select array_agg(value order by step) from result where step like '% 2'),
  (select array_agg(jsonb_build_object('status', 'saved', 'id', id, 'version', 2) order by step) from saved),
  'each save is answered as saved, with the id and the next version');

-- The lock is held until the transaction ends: the row's xmax is this transaction, so a concurrent save of
-- the same row waits for it. (A row of the seed, untouched here, so that no subtransaction shares the lock.)
create temp table seed_row as select id, version from public.coordinator order by id limit 1;
select is(public.lock_for_save('public.coordinator', (select id from seed_row), (select version from seed_row)), 'ok',
  'the current version of a coordinator may be saved');
select is((select xmax from public.coordinator where id = (select id from seed_row)),
  xid(pg_current_xact_id()), '… and the row is locked for update by this transaction');

-- lock_for_save, as the editor -------------------------------------------------------------------------

select is((select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'lock missing', to_jsonb(public.lock_for_save('public.service', (select missing from who), 1)) $q$)),
  1::bigint, 'the editor asks about a row that does not exist');
select is((select value #>> '{}' from result where step = 'lock missing'), 'not_found', '… and is told it is not found');
select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'lock stale', to_jsonb(public.lock_for_save('public.service', (select id from saved where step = 'service'), 1));
    insert into result select 'lock null', to_jsonb(public.lock_for_save('public.coordinator', (select id from saved where step = 'coordinator'), null));
    insert into result select 'lock current', to_jsonb(public.lock_for_save('public.arrangement', (select id from saved where step = 'arrangement'), 2)) $q$)
$$, 'the editor asks about a stale version, no version and the current version');
select is((select value #>> '{}' from result where step = 'lock stale'), 'conflict', 'a stale version is a conflict');
select is((select value #>> '{}' from result where step = 'lock null'), 'conflict',
  'a save naming no version is a conflict too: nothing is overwritten unseen');
select is((select value #>> '{}' from result where step = 'lock current'), 'ok', 'the current version may be saved');

select is((select tests.run_as('authenticated', (select outsider from who), $q$
    insert into result select 'lock outsider', to_jsonb(public.lock_for_save('public.service', (select id from saved where step = 'service'), 2)) $q$)),
  1::bigint, 'a signed-in non-staff user asks about the service');
select is((select value #>> '{}' from result where step = 'lock outsider'), 'not_found',
  '… and may lock nothing: to them it is not found (row-level security)');

-- Every save and delete refuses a stale version with the row as it is now --------------------------------

create temp table before_stale as select tests.programme_content() as content;
select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'arrangement stale', public.save_arrangement((select id from saved where step = 'arrangement'), 1,
      'Gammel', (select k[1] from picks), '2030-01-01', null, 2030, 20, null, array[(select k[1] from picks)], '2030-06-01');
    insert into result select 'coordinator stale', public.save_coordinator((select id from saved where step = 'coordinator'), 1,
      null, null, 'Gammel', null, null, null, null, null, null);
    insert into result select 'service stale', public.save_service((select id from saved where step = 'service'), 1,
      'other', 'Gammel', null, null, null, null, null);
    insert into result select 'service delete stale', public.delete_service((select id from saved where step = 'service'), 1) $q$)
$$, 'the editor saves each entity, and deletes the service, from version 1');
select is((select value from result where step = 'arrangement stale'),
  jsonb_build_object('status', 'conflict',
    'current', public.arrangement_for_edit((select id from saved where step = 'arrangement'), '2030-06-01')),
  'a stale arrangement save is a conflict with the arrangement now (members on the save''s date)');
select ok((select (value #>> '{current,version}')::integer = 2 and (value #>> '{current,position_percent}')::numeric = 80
           from result where step = 'arrangement stale'), '… which is version 2 as the editor saved it');
select is((select value from result where step = 'coordinator stale'),
  jsonb_build_object('status', 'conflict', 'current', public.coordinator_for_edit((select id from saved where step = 'coordinator'))),
  'a stale coordinator save is a conflict with the coordinator now');
select is((select value #>> '{current,full_name}' from result where step = 'coordinator stale'), 'Kari Låsen',
  '… as the editor saved it');
select is((select value from result where step = 'service stale'),
  jsonb_build_object('status', 'conflict', 'current', public.service_for_edit((select id from saved where step = 'service'))),
  'a stale service save is a conflict with the service now');
select is((select value from result where step = 'service delete stale'),
  jsonb_build_object('status', 'conflict', 'current', public.service_for_edit((select id from saved where step = 'service'))),
  'a stale delete is a conflict with the service now');
select is(tests.programme_content(), (select content from before_stale), 'none of them changed anything');

select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'arrangement missing', public.save_arrangement((select missing from who), 1,
      'Borte', (select k[1] from picks), '2030-01-01', null, 2030, 20, null, array[(select k[1] from picks)], '2030-01-01');
    insert into result select 'coordinator missing', public.save_coordinator((select missing from who), 1,
      null, null, 'Borte', null, null, null, null, null, null);
    insert into result select 'service missing', public.save_service((select missing from who), 1,
      'other', 'Borte', null, null, null, null, null);
    insert into result select 'service delete missing', public.delete_service((select missing from who), 1) $q$)
$$, 'the editor saves and deletes rows that do not exist');
select is((select array_agg(distinct value) from result where step like '% missing' and step <> 'lock missing'),
  array['{"status": "not_found"}'::jsonb], 'each is answered as not found, and nothing more');

select lives_ok($$
  select tests.run_as('authenticated', (select editor from who), $q$
    insert into result select 'service delete', public.delete_service((select id from saved where step = 'service'), 2) $q$)
$$, 'the editor deletes the service from its current version');
select is((select value from result where step = 'service delete'), '{"status": "deleted"}'::jsonb,
  '… which is answered as deleted');

-- One place: every function that takes the version a caller read checks it through lock_for_save.
select is(
  (select coalesce(array_agg(p.proname::text order by 1), '{}') from pg_proc p
   where p.pronamespace = 'public'::regnamespace and 'p_version' = any (p.proargnames) and p.proname <> 'lock_for_save'
     and (p.prosrc !~ 'public\.lock_for_save\(' or p.prosrc ~* 'for\s+update')),
  '{}'::text[], 'every save and delete checks the version through lock_for_save, none by a lock of its own');

select * from finish();
rollback;
