-- The history as staff read it: one entry per save, names resolved (also of deleted rows), saves that
-- changed nothing left out, undos and imports labelled, filters by person, record and municipality.
begin;
select plan(16);

create temp table who as
  select tests.create_staff('rita@example.org', 'editor') as rita, tests.create_staff('ola@example.org', 'editor') as ola;
update public.staff set display_name = 'Rita Redaktør' where email = 'rita@example.org';
grant select on who to authenticated;
create temp table result (step text primary key, value jsonb);
grant all on result to authenticated;
create temp table picks as select tests.uncovered_municipalities(3) as k;
grant select on picks to authenticated;

-- Rita creates an arrangement of two municipalities (one save: the arrangement and two memberships).
select lives_ok($$
  select tests.run_as('authenticated', (select rita from who), $q$
    insert into result select 'new', public.save_arrangement(null, null, 'Historikksamarbeid', (select k[1] from picks),
      '2030-01-01', null, 2030, 60, null, array[(select k[1] from picks), (select k[2] from picks)], '2030-01-01')$q$)
$$, 'Rita creates an arrangement');
create temp view arr as select (value->>'id')::uuid as id from result where step = 'new';
grant select on arr to authenticated;
-- Ola changes the position and adds a note.
select lives_ok($$
  select tests.run_as('authenticated', (select ola from who), $q$
    select public.save_arrangement((select id from arr), 1, 'Historikksamarbeid', (select k[1] from picks),
      '2030-01-01', null, 2030, 70, 'Et notat', array[(select k[1] from picks), (select k[2] from picks)], '2030-01-01')$q$)
$$, 'Ola changes the position and adds a note');

-- Read as Rita (the database owner is not staff).
create function pg_temp.hist(p_actor uuid default null, p_record uuid default null, p_kommunenummer text default null)
returns jsonb language plpgsql as $f$
begin
  perform set_config('request.jwt.claims', jsonb_build_object('role', 'authenticated', 'sub', (select rita from who))::text, true);
  return public.history(p_actor => p_actor, p_record => p_record, p_kommunenummer => p_kommunenummer);
end
$f$;
create temp view h as select pg_temp.hist(p_record => (select id from arr)) as v;
select is((select v->1->'changes' from h), '3'::jsonb, 'the creation is one save of three rows');
select is((select v->1->>'actor_name' from h), 'Rita Redaktør', 'the actor is named');
select is((select v->0->>'actor_email' from h), 'ola@example.org', 'an actor without a name has the e-mail');
select is((select v->0->>'kind' from h), 'save', 'an ordinary save is a save');
select is((select v->1->'entries'->1->>'arrangement_name' from h), 'Historikksamarbeid',
  'a membership names its arrangement');

-- Rita undoes Ola's change; then Ola saves without changing anything.
select lives_ok($$
  select tests.run_as('authenticated', (select rita from who), $q$
    select public.undo_change((select (public.history(p_record => (select id from arr))->0->>'id')::bigint))$q$)
$$, 'Rita undoes Ola''s change');
select lives_ok($$
  select tests.run_as('authenticated', (select ola from who), $q$
    select public.save_arrangement((select id from arr), 3, 'Historikksamarbeid', (select k[1] from picks),
      '2030-01-01', null, 2030, 60, null, array[(select k[1] from picks), (select k[2] from picks)], '2030-01-01')$q$)
$$, 'Ola saves again without a change');
select is(jsonb_array_length((select v from h)), 3, 'three saves concern the arrangement: the empty save is left out');
select is((select v->0->>'kind' from h), 'undo', 'the undo is labelled an undo');
select is((select v->0->'undid'->>'id' from h), (select v->1->>'id' from h), '… naming the save it took back');

-- Filters.
select is(jsonb_array_length(pg_temp.hist(p_actor => (select ola from who), p_record => (select id from arr))), 1,
  'by person: Ola''s one save');
select is(jsonb_array_length(pg_temp.hist(p_kommunenummer => (select k[2] from picks))), 3,
  'by municipality: every save of its arrangement');
select is(jsonb_array_length(pg_temp.hist(p_kommunenummer => (select k[3] from picks))), 0,
  'a municipality the saves did not touch has none');

-- A deleted arrangement is still named, from the audit log's last image of it.
delete from public.arrangement where id = (select id from arr);
select is((select v->0->'entries'->0->>'name' from h), 'Historikksamarbeid', 'a deleted arrangement keeps its name');

select * from finish();
rollback;
