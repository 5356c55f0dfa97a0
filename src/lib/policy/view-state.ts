// The dashboard's view in the URL: year, map layer, filters (county, status, phase), sorting, the selected
// municipality and the map position. A copied link restores the same view; the names are Norwegian words
// because people read and share these links.
import type { CoverageStatus } from '$lib/coverage/schema';
import { PHASE_CODES, type PhaseCode } from './timeline.ts';

export type Layer = 'status' | 'funding';
export type SortColumn =
	'name' | 'municipalities' | 'covered' | 'own' | 'inter_municipal' | 'uncovered' | 'share';

/** Where the map looks: centre (longitude, latitude) and zoom. */
export interface Camera {
	lon: number;
	lat: number;
	zoom: number;
}

export interface PolicyView {
	year: number;
	layer: Layer;
	county: string | null;
	/** Only municipalities with these statuses (none chosen: all). */
	statuses: CoverageStatus[];
	/** Only municipalities in these funding phases (none chosen: all). */
	phases: PhaseCode[];
	sort: SortColumn;
	descending: boolean;
	selected: string | null;
	camera: Camera | null;
}

const SORTS: SortColumn[] = [
	'name',
	'municipalities',
	'covered',
	'own',
	'inter_municipal',
	'uncovered',
	'share'
];

/** URL words for the statuses and phases (in the order they are listed). */
export const STATUS_WORDS: Record<CoverageStatus, string> = {
	own: 'egen',
	inter_municipal: 'delt',
	none: 'uten'
};
export const PHASE_WORDS: Record<PhaseCode, string> = {
	'7': '75',
	'6': '60',
	'4': '40',
	'2': '20',
	m: 'kommunal',
	w: 'ikke-startet',
	'-': 'ingen'
};

function wordsToKeys<K extends string>(words: Record<K, string>, value: string | null): K[] {
	const chosen = new Set((value ?? '').split(','));
	return (Object.keys(words) as K[]).filter((key) => chosen.has(words[key]));
}

function readCamera(value: string | null): Camera | null {
	const [lon, lat, zoom] = (value ?? '').split(',').map(Number);
	const valid =
		[lon, lat, zoom].every(Number.isFinite) && lon >= -10 && lon <= 45 && lat >= 50 && lat <= 75 && zoom >= 0;
	return valid ? { lon, lat, zoom: Math.min(zoom, 12) } : null;
}

export function readView(params: URLSearchParams, years: { from: number; to: number }): PolicyView {
	const year = Number(params.get('ar'));
	const sort = params.get('sorter') as SortColumn;
	const county = params.get('fylke');
	const selected = params.get('kommune');
	return {
		year: Number.isInteger(year) && year >= years.from && year <= years.to ? year : years.to,
		layer: params.get('lag') === 'finansiering' ? 'funding' : 'status',
		county: county && /^\d{2}$/.test(county) ? county : null,
		statuses: wordsToKeys(STATUS_WORDS, params.getAll('status').join(',')),
		phases: wordsToKeys(PHASE_WORDS, params.getAll('fase').join(',')),
		sort: SORTS.includes(sort) ? sort : 'name',
		descending: params.get('synkende') === '1',
		selected: selected && /^\d{4}$/.test(selected) ? selected : null,
		camera: readCamera(params.get('kart'))
	};
}

const round = (value: number, digits: number) => String(Number(value.toFixed(digits)));

export function writeView(view: PolicyView, latestYear: number): string {
	const params = new URLSearchParams();
	if (view.year !== latestYear) params.set('ar', String(view.year));
	if (view.layer === 'funding') params.set('lag', 'finansiering');
	if (view.county) params.set('fylke', view.county);
	if (view.statuses.length)
		params.set(
			'status',
			(Object.keys(STATUS_WORDS) as CoverageStatus[])
				.filter((status) => view.statuses.includes(status))
				.map((status) => STATUS_WORDS[status])
				.join(',')
		);
	if (view.phases.length)
		params.set(
			'fase',
			PHASE_CODES.filter((code) => view.phases.includes(code))
				.map((code) => PHASE_WORDS[code])
				.join(',')
		);
	if (view.sort !== 'name') params.set('sorter', view.sort);
	if (view.descending) params.set('synkende', '1');
	if (view.selected) params.set('kommune', view.selected);
	if (view.camera)
		params.set(
			'kart',
			[round(view.camera.lon, 4), round(view.camera.lat, 4), round(view.camera.zoom, 2)].join(',')
		);
	const query = params.toString().replaceAll('%2C', ',');
	return query ? `?${query}` : '';
}

/** Whether a municipality with this county, status and phase is in the view's selection (its filters). */
export function matchesFilters(
	view: Pick<PolicyView, 'county' | 'statuses' | 'phases'>,
	municipality: { fylkesnummer: string; status: CoverageStatus; phase: PhaseCode }
): boolean {
	return (
		(!view.county || municipality.fylkesnummer === view.county) &&
		(!view.statuses.length || view.statuses.includes(municipality.status)) &&
		(!view.phases.length || view.phases.includes(municipality.phase))
	);
}
