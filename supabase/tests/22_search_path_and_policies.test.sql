-- Issue 14, item 12 (SQL): every function in public has a pinned search_path (funding_phase had none), and
-- row-level policies call auth.uid() once per statement ((select auth.uid())), not once per row.
begin;
select plan(3);

select is(
  (select coalesce(array_agg(p.proname::text order by 1), '{}') from pg_proc p
   where p.pronamespace = 'public'::regnamespace and p.prokind = 'f'
     and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) c where c like 'search_path=%')
     and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')),
  '{}'::text[], 'every function in public pins its search_path');
select ok((select proconfig @> array['search_path=""'] from pg_proc where oid = 'public.funding_phase(integer, integer)'::regprocedure),
  'funding_phase pins an empty search_path');
select is(
  (select coalesce(array_agg(format('%s: %s', tablename, policyname) order by 1), '{}') from pg_policies
   where schemaname = 'public'
     and (regexp_replace(coalesce(qual, '') || ' ' || coalesce(with_check, ''), '\(\s*SELECT auth\.(uid|jwt|role)\(\) AS \w+\)', '', 'gi')
          ~* 'auth\.(uid|jwt|role)\(\)')),
  '{}'::text[], 'no policy calls auth.uid(), auth.jwt() or auth.role() per row');

select * from finish();
rollback;
