-- What `supabase db advisors` found (issue 14, item 12): funding_phase had a search_path the caller could
-- change, and the staff table's select policy called auth.uid() once per row instead of once per statement.

alter function public.funding_phase(integer, integer) set search_path = '';

drop policy "staff see themselves, admins see all" on public.staff;
create policy "staff see themselves, admins see all" on public.staff
  for select to authenticated using (user_id = (select auth.uid()) or public.is_admin());
