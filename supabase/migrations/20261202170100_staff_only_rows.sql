-- A signed-in account that is not staff read every programme row in full: the staff notes on arrangements,
-- versions, creation times and the staff user ids in updated_by, which anonymous visitors cannot read (column
-- grants, *_private_columns.sql). Column grants cannot tell staff from other signed-in users (both are the
-- authenticated role), and the staff functions read whole rows with the caller's rights, so row-level security
-- decides instead: the authenticated role reads programme rows only as staff. Visitors, signed in or not, see
-- the public data through the anon role (the app reads the public pages without the user's token).

do $$
declare
  t text;
begin
  foreach t in array array['arrangement', 'arrangement_member', 'coordinator', 'arrangement_coordinator', 'service']
  loop
    execute format('drop policy "programme data is public" on public.%I', t);
    execute format('create policy "programme data is public" on public.%I for select to anon using (true)', t);
    -- (select …): evaluated once per statement, not once per row.
    execute format('create policy "staff read programme data" on public.%I
                      for select to authenticated using ((select public.is_staff()))', t);
  end loop;
end
$$;
