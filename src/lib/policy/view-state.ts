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

/** What the URL's values may name: the years of the timeline, and (when known) the counties and municipalities. */
export interface ViewContext {
	from: number;
	to: number;
	counties?: ReadonlySet<string>;
	municipalities?: ReadonlySet<string>;
}

/** A parameter whose value could not be read, and was left out of the view (its default is shown instead). */
export interface IgnoredParameter {
	name: string;
	value: string;
}

const INVALID = Symbol('invalid');
type Parsed<T> = T | typeof INVALID;

function wordsToKeys<K extends string>(words: Record<K, string>, value: string): Parsed<K[]> {
	const chosen = value.split(',').filter(Boolean);
	const keys = (Object.keys(words) as K[]).filter((key) => chosen.includes(words[key]));
	return chosen.every((word) => keys.some((key) => words[key] === word)) ? keys : INVALID;
}

function readCamera(value: string): Parsed<Camera> {
	const [lon, lat, zoom] = value.split(',').map(Number);
	const valid =
		[lon, lat, zoom].every(Number.isFinite) && lon >= -10 && lon <= 45 && lat >= 50 && lat <= 75 && zoom >= 0;
	return valid ? { lon, lat, zoom: Math.min(zoom, 12) } : INVALID;
}

/** One parser per URL parameter: the value it gives the view, or INVALID (the view keeps its default). */
const PARSERS: {
	[K in keyof Omit<PolicyView, 'statuses' | 'phases'> | 'statuses' | 'phases']: {
		name: string;
		parse: (value: string, context: ViewContext) => Parsed<PolicyView[K]>;
	};
} = {
	year: {
		name: 'ar',
		parse: (value, { from, to }) => {
			const year = Number(value);
			return /^\d{4}$/.test(value) && year >= from && year <= to ? year : INVALID;
		}
	},
	layer: {
		name: 'lag',
		parse: (value) => (value === 'finansiering' ? 'funding' : value === 'status' ? 'status' : INVALID)
	},
	county: {
		name: 'fylke',
		parse: (value, { counties }) =>
			/^\d{2}$/.test(value) && (!counties || counties.has(value)) ? value : INVALID
	},
	statuses: { name: 'status', parse: (value) => wordsToKeys(STATUS_WORDS, value) },
	phases: { name: 'fase', parse: (value) => wordsToKeys(PHASE_WORDS, value) },
	sort: {
		name: 'sorter',
		parse: (value) => (SORTS.includes(value as SortColumn) ? (value as SortColumn) : INVALID)
	},
	descending: {
		name: 'synkende',
		parse: (value) => (value === '1' ? true : value === '0' ? false : INVALID)
	},
	selected: {
		name: 'kommune',
		parse: (value, { municipalities }) =>
			/^\d{4}$/.test(value) && (!municipalities || municipalities.has(value)) ? value : INVALID
	},
	camera: { name: 'kart', parse: readCamera }
};

/** The names of the view's URL parameters (others in a URL are not the dashboard's, and are not read). */
export const VIEW_PARAMETERS = Object.values(PARSERS).map((parser) => parser.name);

/**
 * The view a URL describes, and the parameters whose values it could not read: each is left at its default
 * (e.g. fylke=99, no such county: the whole country), and the page says which were ignored.
 */
export function readViewReport(
	params: URLSearchParams,
	context: ViewContext
): { view: PolicyView; ignored: IgnoredParameter[] } {
	const view: PolicyView = {
		year: context.to,
		layer: 'status',
		county: null,
		statuses: [],
		phases: [],
		sort: 'name',
		descending: false,
		selected: null,
		camera: null
	};
	const ignored: IgnoredParameter[] = [];
	for (const [key, parser] of Object.entries(PARSERS) as [
		keyof PolicyView,
		(typeof PARSERS)[keyof PolicyView]
	][]) {
		const values = params.getAll(parser.name);
		if (!values.length) continue;
		// Statuses and phases may be listed in one parameter or repeated; the rest take their first value.
		const value = key === 'statuses' || key === 'phases' ? values.join(',') : values[0];
		const parsed = parser.parse(value, context);
		if (parsed === INVALID) ignored.push({ name: parser.name, value });
		else (view as unknown as Record<string, unknown>)[key] = parsed;
	}
	return { view, ignored };
}

export function readView(params: URLSearchParams, context: ViewContext): PolicyView {
	return readViewReport(params, context).view;
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

/** The ignored parameters as the page and the picture list them, e.g. «fylke=99, ar=1990» (long values cut). */
export function ignoredList(ignored: IgnoredParameter[]): string {
	const cut = (value: string) => (value.length > 30 ? `${value.slice(0, 29)}…` : value);
	return ignored.map((p) => `${p.name}=${cut(p.value)}`).join(', ');
}
