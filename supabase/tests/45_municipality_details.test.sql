-- Every municipality's details in one pass (public.municipality_details): the public snapshot holds, for every
-- municipality and on any day, exactly what municipality_detail gives for it alone; an unknown number gives
-- nothing; anonymous visitors can read them; and what a municipality in an arrangement shows is its own.
begin;
select plan(7);

select is((select count(*) from public.municipality_details()), 357::bigint, 'one row per municipality');
select is(
  (select count(*) from public.municipality m
   where public.public_snapshot() -> 'details' -> m.kommunenummer
         is distinct from public.municipality_detail(m.kommunenummer)),
  0::bigint, 'the snapshot''s details are each municipality''s own, today');
select is(
  (select count(*) from public.municipality m
   where public.public_snapshot('2016-12-31') -> 'details' -> m.kommunenummer
         is distinct from public.municipality_detail(m.kommunenummer, '2016-12-31')),
  0::bigint, 'and on a day in the past');
select is(public.municipality_detail('0000'), null, 'an unknown kommunenummer gives nothing');
select is(
  (select count(*) from public.municipality_details() d
   join public.coverage_at(current_date) c using (kommunenummer)
   where d.detail ->> 'status' is distinct from c.status
      or (d.detail -> 'arrangement' ->> 'id')::uuid is distinct from c.arrangement_id),
  0::bigint, 'status and arrangement are the municipality''s coverage');
select is(
  (select count(*) from public.municipality_details() d
   where jsonb_typeof(d.detail -> 'arrangement') = 'object'
     and not exists (select 1 from jsonb_array_elements(d.detail -> 'arrangement' -> 'members') x
                     where x ->> 'kommunenummer' = d.kommunenummer)),
  0::bigint, 'a municipality in an arrangement is among its members');
select is(tests.run_as('anon', null, 'select * from public.municipality_details()'), 357::bigint,
  'anonymous visitors can read them');

select * from finish();
rollback;
