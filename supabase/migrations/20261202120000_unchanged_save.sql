-- A save that changes nothing is not a change (issue 16). Saving a form without editing it, or an import row
-- equal to the stored one, used to bump the version, stamp who/when and write an audit entry: the history
-- showed an empty save and undo of the last real save was refused as "changed since". Now an update whose
-- content (public.audit_content: every column but the stamps) is unchanged keeps the row's stamps and writes
-- no audit entry. The same rule as undo and the history use, so all three agree on what "changed" means.

create or replace function public.stamp_version() returns trigger
language plpgsql set search_path = ''
as $$
begin
  if public.audit_content(to_jsonb(new)) = public.audit_content(to_jsonb(old)) then
    return old;
  end if;
  new := jsonb_populate_record(new, jsonb_build_object(
    'version', old.version + 1, 'created_at', to_jsonb(old) -> 'created_at', 'updated_at', now(),
    'updated_by', auth.uid()));
  return new;
end
$$;

-- security definer: the audit log has no write policy for any client role.
create or replace function public.write_audit_log() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and public.audit_content(to_jsonb(new)) = public.audit_content(to_jsonb(old)) then
    return null;
  end if;
  insert into public.audit_log (table_name, record_id, action, actor, before, after)
  values (
    tg_table_name,
    case when tg_op = 'DELETE' then old.id else new.id end,
    tg_op,
    auth.uid(),
    case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end,
    case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end
  );
  return null;
end
$$;
