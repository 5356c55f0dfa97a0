-- Summaries and history agree with counts computed here, independently, from the raw tables.
begin;
select plan(8);

create temp table expected as
with dates(at) as (values (date '2013-12-31'), (date '2016-12-31'), (date '2021-12-31'), (current_date)),
covered as (
  select d.at, m.kommunenummer, count(*) over (partition by d.at, m.arrangement_id) as members
  from dates d
  join public.arrangement_member m on daterange(m.valid_from, m.valid_to, '[]') @> d.at
  join public.arrangement a on a.id = m.arrangement_id and daterange(a.started_on, a.ended_on, '[]') @> d.at
)
select d.at, mu.fylkesnummer, mu.kommunenummer,
       case when c.members is null then 'none' when c.members = 1 then 'own' else 'inter_municipal' end as status,
       (select population from public.municipality_population p
         where p.kommunenummer = mu.kommunenummer
           and p.year = coalesce((select max(year) from public.municipality_population where year <= extract(year from d.at)),
                                 (select min(year) from public.municipality_population))) as population
from dates d cross join public.municipality mu
left join covered c on c.at = d.at and c.kommunenummer = mu.kommunenummer;

select results_eq(
  $$ select s.municipalities, s.own, s.inter_municipal, s.uncovered, s.population_covered
     from (values (date '2013-12-31'), (date '2016-12-31'), (date '2021-12-31'), (current_date)) d(at),
          public.coverage_summary(d.at) s where s.fylkesnummer is null order by d.at $$,
  $$ select count(*)::integer, (count(*) filter (where status = 'own'))::integer,
            (count(*) filter (where status = 'inter_municipal'))::integer,
            (count(*) filter (where status = 'none'))::integer,
            (coalesce(sum(population) filter (where status <> 'none'), 0))::bigint
     from expected group by at order by at $$,
  'national summaries match the raw tables at four dates'
);
select results_eq(
  $$ select s.fylkesnummer, s.own, s.inter_municipal, s.uncovered, s.population_covered
     from public.coverage_summary('2016-12-31') s where s.fylkesnummer in ('46', '18', '03') order by 1 $$,
  $$ select fylkesnummer, (count(*) filter (where status = 'own'))::integer,
            (count(*) filter (where status = 'inter_municipal'))::integer,
            (count(*) filter (where status = 'none'))::integer,
            (coalesce(sum(population) filter (where status <> 'none'), 0))::bigint
     from expected where at = '2016-12-31' and fylkesnummer in ('46', '18', '03') group by 1 order by 1 $$,
  'county summaries match the raw tables'
);
select is((select count(*) from public.coverage_summary() where fylkesnummer is not null), 15::bigint,
  'the summary has a row for each of the 15 counties');
select is((select sum(municipalities) from public.coverage_summary() where fylkesnummer is not null), 357::bigint,
  'the county rows add up to 357 municipalities');
select is((select population from public.coverage_summary('2026-06-01') where fylkesnummer is null), 5627400::bigint,
  'population of 2026 is SSB''s national total');
select is((select population_year from public.coverage_summary('2015-06-01') where fylkesnummer is null), 2024,
  'years before the population series use its first year');

select results_eq(
  $$ select year, covered from public.coverage_history(2012, 2016) where fylkesnummer is null order by year $$,
  $$ select y, (select covered from public.coverage_summary(make_date(y, 12, 31)) where fylkesnummer is null)
     from generate_series(2012, 2016) y order by y $$,
  'history gives the situation at the end of each year'
);
-- An arrangement that ended counts in the years it ran, not after.
insert into public.arrangement (id, name, host_kommunenummer, started_on, ended_on) values
  ('00000000-0000-4000-8000-0000000000e1', 'Ended', '5001', '2013-01-01', '2014-06-30');
delete from public.arrangement_member where kommunenummer = '5001' and valid_to < '2014-07-01';
update public.arrangement_member set valid_from = greatest(valid_from, '2014-07-01') where kommunenummer = '5001';
insert into public.arrangement_member (arrangement_id, kommunenummer, valid_from, valid_to) values
  ('00000000-0000-4000-8000-0000000000e1', '5001', '2013-01-01', '2014-06-30');
select is(
  (select array_agg(c.status order by y) from generate_series(2013, 2014) y,
     public.coverage_at(make_date(y, 6, 30)) c where c.kommunenummer = '5001'),
  array['own', 'own'], 'an ended arrangement covers its municipality while it ran'
);

select * from finish();
rollback;
