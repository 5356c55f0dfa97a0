-- Coverage status per municipality at a date, from arrangements and their members' periods.
begin;
select plan(10);

delete from public.arrangement;
insert into public.arrangement (id, name, host_kommunenummer, started_on, ended_on) values
  ('00000000-0000-4000-8000-0000000000a1', 'Askøy', '4627', '2015-03-01', null),
  ('00000000-0000-4000-8000-0000000000a2', 'Nordhordland', '4631', '2014-01-01', null),
  ('00000000-0000-4000-8000-0000000000a3', 'Bergen', '4601', '2012-05-01', '2017-12-31');
insert into public.arrangement_member (arrangement_id, kommunenummer, valid_from, valid_to) values
  ('00000000-0000-4000-8000-0000000000a1', '4627', '2015-03-01', null),
  ('00000000-0000-4000-8000-0000000000a2', '4631', '2014-01-01', null),
  ('00000000-0000-4000-8000-0000000000a2', '4632', '2014-01-01', '2019-12-31'),
  ('00000000-0000-4000-8000-0000000000a2', '4633', '2016-01-01', '2019-12-31'),
  ('00000000-0000-4000-8000-0000000000a3', '4601', '2012-05-01', '2017-12-31');

create temp view status_of as
  select d::date as at, c.kommunenummer, c.status, c.member_count
  from unnest(array['2013-06-30', '2015-06-30', '2016-06-30', '2018-06-30', '2020-06-30']) d,
       public.coverage_at(d::date) c
  where c.kommunenummer in ('4601', '4627', '4631', '4632', '4633');

select results_eq($$ select kommunenummer, status from status_of where at = '2013-06-30' order by 1 $$,
  $$ values ('4601', 'own'), ('4627', 'none'), ('4631', 'none'), ('4632', 'none'), ('4633', 'none') $$,
  'in 2013 only Bergen had a coordinator');
select results_eq($$ select kommunenummer, status from status_of where at = '2015-06-30' order by 1 $$,
  $$ values ('4601', 'own'), ('4627', 'own'), ('4631', 'inter_municipal'), ('4632', 'inter_municipal'), ('4633', 'none') $$,
  'in 2015 Alver and Austrheim shared one; Fedje had not joined');
select is((select status from status_of where at = '2016-06-30' and kommunenummer = '4633'), 'inter_municipal',
  'Fedje is covered from the day it joined');
select is((select member_count from status_of where at = '2016-06-30' and kommunenummer = '4631'), 3,
  'the shared arrangement had three members in 2016');
select is((select status from status_of where at = '2018-06-30' and kommunenummer = '4601'), 'none',
  'Bergen is uncovered after its arrangement ended');
select is((select status from status_of where at = '2020-06-30' and kommunenummer = '4631'), 'own',
  'a host left alone in its arrangement has its own coordinator');
select is((select status from status_of where at = '2020-06-30' and kommunenummer = '4632'), 'none',
  'a municipality that left is uncovered');
select is((select count(*) from public.coverage_at('2015-06-30')), 357::bigint, 'coverage has one row per municipality');
select is((select host_kommunenummer from public.coverage_at('2015-06-30') where kommunenummer = '4632'), '4631',
  'coverage names the host');
select is(
  (select (public.municipality_detail('4632', '2015-06-30') -> 'arrangement' ->> 'host_name')),
  'Alver', 'the municipality detail names the host municipality');

select * from finish();
rollback;
