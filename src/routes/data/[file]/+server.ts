// The open-data files: current coverage and the history per year and municipality (CSV, JSON), the
// boundaries with status (GeoJSON) and the OpenAPI description of the JSON. Described at /data.
import { error } from '@sveltejs/kit';
import { boundariesWithStatus, datasetCsv, openDataset } from '$lib/server/open-data';
import { openApiDocument } from '$lib/open-data/openapi';
import { healthcareServiceBundle } from '$lib/open-data/fhir';
import { publicState } from '$lib/server/public-data';
import type { RequestHandler } from './$types';

const CACHE = 'public, max-age=60, stale-while-revalidate=600';

const json = (body: unknown, type = 'application/json') =>
	new Response(JSON.stringify(body), {
		headers: { 'content-type': `${type}; charset=utf-8`, 'cache-control': CACHE }
	});

export const GET: RequestHandler = async ({ params, url }) => {
	const match = /^(dekning|historikk)\.(csv|json)$/.exec(params.file);
	if (match) {
		const [, dataset, format] = match as unknown as [string, 'dekning' | 'historikk', 'csv' | 'json'];
		const { meta, rows } = await openDataset(dataset);
		if (format === 'json') return json({ meta, rows });
		return new Response(datasetCsv(rows), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="koordinatorkart-${dataset}-${meta.data_date}.csv"`,
				'cache-control': CACHE
			}
		});
	}
	if (params.file === 'kommuner.geojson') return json(await boundariesWithStatus(), 'application/geo+json');
	if (params.file === 'fhir.json') {
		const { snapshot } = await publicState();
		const bundle = healthcareServiceBundle(
			Object.values(snapshot.data.details),
			snapshot.data.map.at,
			url.origin
		);
		return json(bundle, 'application/fhir+json');
	}
	if (params.file === 'openapi.json') return json(openApiDocument(url.origin));
	error(404, 'Fant ikke filen.');
};
