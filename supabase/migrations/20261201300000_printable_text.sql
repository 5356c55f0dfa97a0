-- Text the staff and the public read holds no control characters (C0, DEL, C1): they come from a spreadsheet
-- read in the wrong character set (Windows-1252's en dash 0x96 read as Latin-1 is U+0096) and show as boxes.
-- One named CHECK constraint per text column, <table>_<column>_printable, so that the app can say which field
-- (src/lib/staff/printable.ts holds the same rule for its messages). Tabs and line breaks are allowed only in
-- the columns of several lines (notes, description).
--
-- Text already damaged that way is repaired first: U+0080–U+009F read back as the Windows-1252 characters they
-- were (the five bytes with no character, and the other control characters, are removed).
create function public.repair_misread_text(t text, multiline boolean) returns text
language sql immutable set search_path = ''
as $$
  select regexp_replace(
    translate(t,
      E'\u0080\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008e' ||
      E'\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009e\u009f',
      E'\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d' ||
      E'\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178'),
    case when multiline then E'[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]'
         else E'[\\x01-\\x1f\\x7f-\\x9f]' end,
    '', 'g')
$$;

do $$
declare
  c record;
  pattern text;
begin
  for c in select * from (values
      ('arrangement', 'name', false), ('arrangement', 'notes', true),
      ('coordinator', 'full_name', false), ('coordinator', 'title', false), ('coordinator', 'phone', false),
      ('coordinator', 'email', false), ('coordinator', 'office_address', false),
      ('coordinator', 'office_hours', false),
      ('service', 'name', false), ('service', 'description', true), ('service', 'url', false),
      ('service', 'phone', false)
    ) as columns (tbl, col, multiline)
  loop
    pattern := case when c.multiline then '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]'
                    else '[\x01-\x1f\x7f-\x9f]' end;
    execute format('update public.%1$I set %2$I = public.repair_misread_text(%2$I, %3$L) where %2$I ~ %4$L',
                   c.tbl, c.col, c.multiline, pattern);
    execute format('alter table public.%1$I add constraint %2$I check (%3$I !~ %4$L)',
                   c.tbl, c.tbl || '_' || c.col || '_printable', c.col, pattern);
  end loop;
end
$$;

drop function public.repair_misread_text(text, boolean);
