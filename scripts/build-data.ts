// The data build: reads the boundary and reference files from the configured source and writes, into the
// ignored .data/ folder, the web TopoJSON, reference data for the app and SQL seeds for the database
// (reference data and demo data). Cached: it does nothing when its inputs and code have not changed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, writeFile, rename } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { resolveSource, readSourceText, SOURCE_FILES, type SourceKey } from './data/source.ts';
import { buildWebTopology, municipalityAdjacency, NATIONAL_VIEW, COUNTY_VIEW } from './data/geometry.ts';
import { parseReferenceData, type ReferenceData } from './data/reference.ts';
import { formerMunicipalities } from './data/former.ts';
import { generateDemoData, type DemoData } from './data/demo.ts';
import { insertRows, upsertRows } from './data/sql.ts';
import { DATA_DIR, DATA_FILES, DEMO_SEED, DEMO_TODAY, detailCountyFile } from './data/outputs.ts';
import { buildEmbeddedTemplate } from './data/embedded-template.ts';
import { buildCountyLevel, buildNationalLevel } from './data/detail.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..');

// The build's own code, so that a change to it rebuilds the outputs.
function codeHash(): string {
	const hash = createHash('sha256');
	const files = [
		fileURLToPath(import.meta.url),
		join(repoRoot, 'src', 'lib', 'text', 'fold.ts'),
		...readdirSync(join(here, 'data')).map((f) => join(here, 'data', f))
	];
	for (const file of files.sort()) {
		if (file.endsWith('.ts') && !file.endsWith('.test.ts')) hash.update(readFileSync(file));
	}
	return hash.digest('hex');
}

export function referenceSql(reference: ReferenceData): string {
	return [
		'-- Reference data written by scripts/build-data.ts. Sources: Kartverket (names, boundaries), SSB (population),',
		'-- Posten Bring (postal codes). Do not edit: run `npm run data`.',
		'begin;',
		'delete from public.postal_code;',
		'delete from public.municipality_population;',
		upsertRows(
			'public.county',
			['fylkesnummer', 'name', 'name_norwegian'],
			'fylkesnummer',
			reference.counties
		),
		upsertRows(
			'public.municipality',
			[
				'kommunenummer',
				'fylkesnummer',
				'name',
				'name_norwegian',
				'name_north_sami',
				'name_lule_sami',
				'name_south_sami',
				'name_kven',
				'administrative_centre',
				'written_standard',
				'area_km2',
				'sami_administrative_area'
			],
			'kommunenummer',
			reference.municipalities,
			400
		),
		insertRows(
			'public.municipality_population',
			['kommunenummer', 'year', 'population'],
			reference.population
		),
		insertRows(
			'public.postal_code',
			['postnummer', 'poststed', 'kommunenummer', 'category'],
			reference.postalCodes
		),
		'commit;',
		''
	].join('\n');
}

export function demoSql(demo: DemoData): string {
	return [
		'-- Demo programme data written by scripts/build-data.ts (scripts/data/demo.ts): fictional people and',
		'-- addresses on example.org. Replace with real data before publishing.',
		'begin;',
		insertRows(
			'public.arrangement',
			[
				'id',
				'name',
				'host_kommunenummer',
				'started_on',
				'ended_on',
				'cofunding_start_year',
				'position_percent',
				'notes'
			],
			demo.arrangements
		),
		insertRows(
			'public.arrangement_member',
			['id', 'arrangement_id', 'kommunenummer', 'valid_from', 'valid_to'],
			demo.members
		),
		insertRows(
			'public.coordinator',
			['id', 'full_name', 'title', 'phone', 'email', 'office_address', 'office_hours', 'verified_at'],
			demo.coordinators
		),
		insertRows(
			'public.arrangement_coordinator',
			['id', 'arrangement_id', 'coordinator_id', 'role'],
			demo.arrangementCoordinators
		),
		insertRows(
			'public.service',
			['id', 'category', 'name', 'description', 'url', 'kommunenummer', 'arrangement_id'],
			demo.services
		),
		'update public.dataset_info set is_demo = true, updated_at = now();',
		'commit;',
		''
	].join('\n');
}

async function writeAtomically(path: string, content: string) {
	await mkdir(dirname(path), { recursive: true });
	await writeFile(`${path}.tmp`, content);
	await rename(`${path}.tmp`, path);
}

export async function buildData({ force = false, log = console.log } = {}) {
	// The same .env the app reads; variables already set in the shell win.
	if (existsSync(join(repoRoot, '.env'))) process.loadEnvFile(join(repoRoot, '.env'));
	const source = resolveSource(process.env, repoRoot);
	const texts = {} as Record<SourceKey, string>;
	for (const key of Object.keys(SOURCE_FILES) as SourceKey[]) texts[key] = await readSourceText(source, key);
	const hash = createHash('sha256').update(codeHash());
	for (const key of Object.keys(texts).sort()) hash.update(texts[key as SourceKey]);
	const inputHash = hash.digest('hex');

	const stampPath = join(repoRoot, DATA_DIR, DATA_FILES.stamp);
	const allThere = Object.values(DATA_FILES).every((f) => existsSync(join(repoRoot, DATA_DIR, f)));
	if (!force && allThere && JSON.parse(readFileSync(stampPath, 'utf8')).inputHash === inputHash) {
		log(`data: up to date (${DATA_DIR}/)`);
		return;
	}

	const started = Date.now();
	const topology = JSON.parse(texts.municipalityTopology) as Topology;
	const reference: ReferenceData = {
		...parseReferenceData(texts),
		formerMunicipalities: formerMunicipalities(
			JSON.parse(texts.municipalityTopology2020) as Topology,
			topology
		)
	};
	const latestYear = Math.max(...reference.population.map((p) => p.year));
	const latestPopulation = new Map(
		reference.population.filter((p) => p.year === latestYear).map((p) => [p.kommunenummer, p.population])
	);
	const demo = generateDemoData(
		reference.municipalities.map((m) => ({ ...m, population: latestPopulation.get(m.kommunenummer) ?? 0 })),
		municipalityAdjacency(topology),
		{ seed: DEMO_SEED, today: DEMO_TODAY }
	);
	const out = (file: string) => join(repoRoot, DATA_DIR, file);
	await writeAtomically(
		out(DATA_FILES.nationalTopology),
		JSON.stringify(buildWebTopology(topology, NATIONAL_VIEW))
	);
	await writeAtomically(
		out(DATA_FILES.countyTopology),
		JSON.stringify(buildWebTopology(topology, COUNTY_VIEW))
	);
	// The interactive map's levels of detail, from the most detailed input; the counties first, so that the
	// national file (checked for by the up-to-date test above) is there only when all of them are.
	const detailed = JSON.parse(texts.detailedMunicipalityTopology) as Topology;
	for (const [fylkesnummer, county] of buildCountyLevel(detailed))
		await writeAtomically(out(detailCountyFile(fylkesnummer)), JSON.stringify(county));
	await writeAtomically(out(DATA_FILES.detailNational), JSON.stringify(buildNationalLevel(detailed)));
	await writeAtomically(out(DATA_FILES.reference), JSON.stringify(reference));
	await writeAtomically(out(DATA_FILES.referenceSql), referenceSql(reference));
	await writeAtomically(out(DATA_FILES.demoSql), demoSql(demo));
	await writeAtomically(
		stampPath,
		JSON.stringify(
			{
				inputHash,
				source,
				builtAt: new Date().toISOString(),
				municipalities: reference.municipalities.length,
				arrangements: demo.arrangements.length
			},
			null,
			2
		)
	);
	log(
		`data: built ${DATA_DIR}/ from ${source} in ${Date.now() - started} ms ` +
			`(${reference.municipalities.length} municipalities, ${reference.postalCodes.length} postal codes, ` +
			`${demo.arrangements.length} demo arrangements)`
	);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const force = process.argv.includes('--force');
	// The embedded database template is made from the seeds just written (and the migrations).
	buildData({ force })
		.then(() => buildEmbeddedTemplate({ force }))
		.catch((error: unknown) => {
			console.error(`data: ${error instanceof Error ? error.message : String(error)}`);
			process.exit(1);
		});
}
