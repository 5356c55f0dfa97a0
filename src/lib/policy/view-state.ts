// The dashboard's view in the URL: year, map layer, filters (county, status, phase), sorting, the selected
// municipality and the map position. A copied link restores the same view; the names and words are the
// public views' one URL vocabulary ($lib/domain/url).
import { STATUS_WORDS, type CoverageStatus } from '$lib/domain/status';
import { PHASE_WORDS, type PhaseCode } from '$lib/domain/phase';
import { DESCENDING, keysOfWords, movedQuery, PARAM, queryString, wordsOfKeys } from '$lib/domain/url';

export { PHASE_WORDS, STATUS_WORDS };

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

/** The county table's columns and their words in links (?sorter=kommuner), in the table's order. */
export const SORT_WORDS: Record<SortColumn, string> = {
	name: 'navn',
	municipalities: 'kommuner',
	covered: 'dekket',
	own: 'egen',
	inter_municipal: 'delt',
	uncovered: 'uten',
	share: 'andel'
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

const wordsToKeys = <K extends string>(words: Record<K, string>, value: string): Parsed<K[]> =>
	keysOfWords(words, value) ?? INVALID;

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
		name: PARAM.year,
		parse: (value, { from, to }) => {
			const year = Number(value);
			return /^\d{4}$/.test(value) && year >= from && year <= to ? year : INVALID;
		}
	},
	layer: {
		name: PARAM.layer,
		parse: (value) => (value === 'finansiering' ? 'funding' : value === 'status' ? 'status' : INVALID)
	},
	county: {
		name: PARAM.county,
		parse: (value, { counties }) =>
			/^\d{2}$/.test(value) && (!counties || counties.has(value)) ? value : INVALID
	},
	statuses: { name: PARAM.status, parse: (value) => wordsToKeys(STATUS_WORDS, value) },
	phases: { name: PARAM.phase, parse: (value) => wordsToKeys(PHASE_WORDS, value) },
	sort: {
		name: PARAM.sort,
		parse: (value) => {
			const [key] = keysOfWords(SORT_WORDS, value) ?? [];
			return key && !value.includes(',') ? key : INVALID;
		}
	},
	descending: {
		name: PARAM.descending,
		parse: (value) => (value === DESCENDING ? true : value === '0' ? false : INVALID)
	},
	selected: {
		name: PARAM.municipality,
		parse: (value, { municipalities }) =>
			/^\d{4}$/.test(value) && (!municipalities || municipalities.has(value)) ? value : INVALID
	},
	camera: { name: PARAM.camera, parse: readCamera }
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
	if (view.year !== latestYear) params.set(PARAM.year, String(view.year));
	if (view.layer === 'funding') params.set(PARAM.layer, 'finansiering');
	if (view.county) params.set(PARAM.county, view.county);
	if (view.statuses.length) params.set(PARAM.status, wordsOfKeys(STATUS_WORDS, view.statuses));
	if (view.phases.length) params.set(PARAM.phase, wordsOfKeys(PHASE_WORDS, view.phases));
	if (view.sort !== 'name') params.set(PARAM.sort, SORT_WORDS[view.sort]);
	if (view.descending) params.set(PARAM.descending, DESCENDING);
	if (view.selected) params.set(PARAM.municipality, view.selected);
	if (view.camera)
		params.set(
			PARAM.camera,
			[round(view.camera.lon, 4), round(view.camera.lat, 4), round(view.camera.zoom, 2)].join(',')
		);
	return queryString(params);
}

/** The dashboard's old links (sorter=municipalities, status=own) in today's words, or null (see movedQuery). */
export const movedViewQuery = (params: URLSearchParams) => movedQuery(params, { sortWords: SORT_WORDS });

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
