// The open data at /data: current coverage and the whole history per year and municipality, from
// public.municipality_year_history (the same rules as every summary), made once per data version.
import { error } from '@sveltejs/kit';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { transport } from './db/index.ts';
import { forget, memoize } from './snapshot-store.ts';
import { MEMO } from './memo-keys.ts';
import { FIRST_YEAR, publicState } from './public-data.ts';
import { builtText } from './data/geometry.ts';
import { DATA_FILES } from './data/files.ts';
import { m } from '$lib/paraglide/messages';
import { COLUMN_NAMES, type OpenDataRow } from '$lib/open-data/columns';
import { toCsv } from '$lib/csv';
import { datasetMeta, type DatasetMeta } from '$lib/open-data/meta';

export type Dataset = 'dekning' | 'historikk';

async function rows(fromYear: number, toYear: number): Promise<OpenDataRow[]> {
	const result = await (
		await transport()
	).rpc<OpenDataRow[]>('municipality_year_history_json', { p_from_year: fromYear, p_to_year: toYear });
	// Only the documented columns, in their order.
	return result.map((row) => Object.fromEntries(COLUMN_NAMES.map((c) => [c, row[c] ?? null])) as OpenDataRow);
}

/** The rows of a dataset with its description, for the data version the public pages show. */
export async function openDataset(dataset: Dataset): Promise<{ meta: DatasetMeta; rows: OpenDataRow[] }> {
	const { snapshot } = await publicState();
	const at = snapshot.data.map.at;
	const toYear = Number(at.slice(0, 4));
	return memoize(snapshot, MEMO.openData(dataset), async () => {
		try {
			const data = await rows(dataset === 'dekning' ? toYear : FIRST_YEAR, toYear);
			return { meta: datasetMeta(dataset, at, snapshot.version, snapshot.data.map.is_demo), rows: data };
		} catch (cause) {
			forget(snapshot, MEMO.openData(dataset));
			console.error('open data unavailable:', cause);
			error(503, m.data_unavailable());
		}
	});
}

export function datasetCsv(rows: OpenDataRow[]): string {
	return toCsv(COLUMN_NAMES, rows);
}

/** The boundaries (simplified, as the map uses them) with today's status of each municipality. */
export async function boundariesWithStatus(): Promise<FeatureCollection & { meta: DatasetMeta }> {
	const { snapshot } = await publicState();
	const { meta, rows: current } = await openDataset('dekning');
	return memoize(snapshot, MEMO.boundaries, () => {
		const byNumber = new Map(current.map((r) => [r.kommunenummer, r]));
		const topology = JSON.parse(builtText(DATA_FILES.countyTopology)) as Topology;
		const collection = feature(
			topology,
			topology.objects.municipalities as GeometryCollection
		) as FeatureCollection;
		return {
			type: 'FeatureCollection',
			meta: { ...meta, ...datasetMeta('kommuner', meta.data_date, meta.data_version, meta.demo) },
			features: collection.features.map((f) => {
				const row = byNumber.get(String(f.id));
				return {
					type: 'Feature',
					id: String(f.id),
					geometry: f.geometry,
					properties: {
						kommunenummer: String(f.id),
						name: row?.name ?? null,
						status: row?.status ?? null,
						arrangement_name: row?.arrangement_name ?? null,
						host_kommunenummer: row?.host_kommunenummer ?? null,
						funding_phase: row?.funding_phase ?? null
					}
				};
			})
		};
	});
}
