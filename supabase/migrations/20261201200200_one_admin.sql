-- There is always at least one admin (issue 14, item 9), whatever the path: set_staff_role, a direct UPDATE
-- or DELETE through the API, or two admins demoting each other at the same moment. The check runs in the
-- database after every change that takes an admin away. A transaction-level advisory lock makes such changes
-- take turns, and the check reads the admins FOR UPDATE, so a concurrent change is either seen (read
-- committed: each check reads what is committed) or makes this transaction fail to serialise (repeatable read
-- and serializable), and never lets both through.
-- security definer: a client's own view of staff is filtered by row-level security; the check must see all.

create function public.check_staff_keeps_an_admin() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('public.staff: at least one admin'));
  perform 1 from public.staff where role = 'admin' for update;
  if not found then
    raise exception 'there must be at least one admin'
      using errcode = '23514', constraint = 'staff_last_admin';
  end if;
  return null;
end
$$;
revoke execute on function public.check_staff_keeps_an_admin() from public, anon, authenticated;

create constraint trigger staff_keeps_an_admin
  after update or delete on public.staff
  deferrable initially immediate
  for each row
  when (old.role = 'admin')
  execute function public.check_staff_keeps_an_admin();
