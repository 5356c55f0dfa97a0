-- The database, not the client, stamps every write of programme data (issue 14, item 11): a new row gets
-- version 1, created_at and updated_at now and updated_by the signed-in user; a change keeps created_at and
-- gets the next version, now and the user. Whatever a client sends for these columns is overwritten, so the
-- audit trail and the optimistic-concurrency versions cannot be forged through the API. The stamps are set
-- by name through jsonb_populate_record, so one function serves tables with and without created_at.

create or replace function public.stamp_insert() returns trigger
language plpgsql set search_path = ''
as $$
begin
  new := jsonb_populate_record(new, jsonb_build_object(
    'version', 1, 'created_at', now(), 'updated_at', now(), 'updated_by', auth.uid()));
  return new;
end
$$;

create or replace function public.stamp_version() returns trigger
language plpgsql set search_path = ''
as $$
begin
  new := jsonb_populate_record(new, jsonb_build_object(
    'version', old.version + 1, 'created_at', to_jsonb(old) -> 'created_at', 'updated_at', now(),
    'updated_by', auth.uid()));
  return new;
end
$$;
