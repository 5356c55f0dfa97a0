-- Reference data: counties, municipalities (2024 structure), population by year and postal codes.
-- Loaded by the data build (see scripts/build-data.ts); read by everyone, written by no client role.

create table public.county (
  fylkesnummer text primary key check (fylkesnummer ~ '^[0-9]{2}$'),
  name text not null check (length(trim(name)) > 0),
  name_norwegian text not null check (length(trim(name_norwegian)) > 0)
);
comment on table public.county is 'Fylke, 2024 structure (15 counties).';

create table public.municipality (
  kommunenummer text primary key check (kommunenummer ~ '^[0-9]{4}$'),
  fylkesnummer text not null references public.county (fylkesnummer),
  name text not null check (length(trim(name)) > 0),
  name_norwegian text not null check (length(trim(name_norwegian)) > 0),
  name_north_sami text,
  name_lule_sami text,
  name_south_sami text,
  name_kven text,
  administrative_centre text,
  written_standard text check (written_standard in ('Bokmål', 'Nynorsk', 'Nøytral')),
  area_km2 numeric(10, 2) check (area_km2 > 0),
  sami_administrative_area boolean not null default false,
  -- The county number is the first two digits of the municipality number.
  check (left(kommunenummer, 2) = fylkesnummer)
);
comment on table public.municipality is 'Kommune, 2024 structure (357). name is the official name with its language parts joined by " - ".';
create index municipality_fylkesnummer_idx on public.municipality (fylkesnummer);

create table public.municipality_population (
  kommunenummer text not null references public.municipality (kommunenummer) on delete cascade,
  year integer not null check (year between 1900 and 2100),
  population integer not null check (population >= 0),
  primary key (kommunenummer, year)
);
comment on table public.municipality_population is 'Population on 1 January of the year (SSB table 07459).';

create table public.postal_code (
  postnummer text primary key check (postnummer ~ '^[0-9]{4}$'),
  poststed text not null check (length(trim(poststed)) > 0),
  kommunenummer text not null references public.municipality (kommunenummer),
  category text not null check (category in ('G', 'P', 'B', 'S'))
);
comment on table public.postal_code is 'Posten Bring postal codes on the mainland (Svalbard and Jan Mayen are left out: not municipalities).';
create index postal_code_kommunenummer_idx on public.postal_code (kommunenummer);

alter table public.county enable row level security;
alter table public.municipality enable row level security;
alter table public.municipality_population enable row level security;
alter table public.postal_code enable row level security;

create policy "reference data is public" on public.county for select to anon, authenticated using (true);
create policy "reference data is public" on public.municipality for select to anon, authenticated using (true);
create policy "reference data is public" on public.municipality_population for select to anon, authenticated using (true);
create policy "reference data is public" on public.postal_code for select to anon, authenticated using (true);

grant usage on schema public to anon, authenticated, service_role;
grant select on public.county, public.municipality, public.municipality_population, public.postal_code
  to anon, authenticated;
grant all on public.county, public.municipality, public.municipality_population, public.postal_code
  to service_role;
