-- Control characters (a Windows-1252 file read as Latin-1: U+0096 for an en dash) are refused by the database
-- in every text column of the programme tables, by a constraint named for the column; ordinary text is not.
begin;
select plan(8);

create temp table who as
  select (select id from public.coordinator order by full_name limit 1) as coordinator,
         (select id from public.arrangement order by name limit 1) as arrangement,
         (select id from public.service order by name limit 1) as service;

select throws_ok($$ update public.coordinator set office_hours = E'Man\u0096fre 08.30\u009615.00'
                    where id = (select coordinator from who) $$,
  '23514', 'new row for relation "coordinator" violates check constraint "coordinator_office_hours_printable"',
  'an en dash read as Latin-1 (U+0096) is refused in office hours, named by its constraint');
select throws_ok($$ update public.coordinator set full_name = E'Kari\u0007 Nordmann' where id = (select coordinator from who) $$,
  '23514', null, 'a C0 control character is refused in a name');
select throws_ok($$ update public.arrangement set name = E'Ordning\u0080' where id = (select arrangement from who) $$,
  '23514', null, 'U+0080 (€ misread) is refused in an arrangement name');
select throws_ok($$ update public.arrangement set notes = E'Notat\u007f' where id = (select arrangement from who) $$,
  '23514', null, 'DEL is refused in notes');
select throws_ok($$ update public.service set url = E'https://example.org/\u0085' where id = (select service from who) $$,
  '23514', null, 'a C1 control character is refused in a link');
select lives_ok($$ update public.coordinator set office_hours = 'Man–fre 08.30–15.00 «€» “sitat” ‘x’ …'
                   where id = (select coordinator from who) $$,
  'the real characters (en dash, euro, curly quotes, ellipsis) are accepted');
select lives_ok($$ update public.arrangement set notes = E'Linje 1\r\nLinje 2\tmed tab' where id = (select arrangement from who) $$,
  'line breaks and tabs are accepted in notes');
select is((select count(*)::int from pg_constraint where conname like '%\_printable'
            and conrelid in ('public.arrangement'::regclass, 'public.coordinator'::regclass, 'public.service'::regclass)),
  12, 'every text column of the programme tables has its named constraint');

select * from finish();
rollback;
