// The coverage map's sources and layers as data: tables of what is drawn (the status fill, the borders, the
// marks that follow a municipality's feature state, the names), from which the MapLibre layer specs are
// derived. The style (style.ts) and the map's controller (controller.ts) read these tables; neither spells a
// layer, source or feature-state name of its own.
import type {
	ExpressionSpecification,
	GeoJSONSource,
	LayerSpecification,
	Map as MapLibreMap
} from 'maplibre-gl';
import type { FeatureCollection, Feature, MultiLineString } from 'geojson';
import { COVERAGE_STATUSES } from '$lib/domain/status';
import { BORDER_COLOUR, COUNTY_BORDER_COLOUR, OUTLINE_COLOUR, STATUS_COLOURS } from './colours.ts';
import type { MapGeometry } from './geometry-client.ts';

/** The parts of a geometry the map draws (the national level, or it with finer counties put in). */
type Drawn = Pick<MapGeometry, 'municipalities' | 'countyBorders' | 'outline'>;

/** Where each GeoJSON source's data comes from: the geometry (set once it is loaded) or the labels. */
export const SOURCES = {
	municipalities: { from: (g: Drawn): FeatureCollection => g.municipalities },
	counties: { from: (g: Drawn): Feature<MultiLineString> => g.countyBorders },
	outline: { from: (g: Drawn): Feature<MultiLineString> => g.outline },
	'municipality-labels': { from: null },
	'county-labels': { from: null }
} as const;
export type SourceId = keyof typeof SOURCES;

/** Puts a geometry into the sources that come from it: when the map starts, and as finer detail arrives. */
export function setGeometry(map: MapLibreMap, geometry: Drawn): void {
	for (const [id, { from }] of Object.entries(SOURCES))
		if (from) (map.getSource(id) as GeoJSONSource).setData(from(geometry));
}

/** The municipalities' source: its features' ids are kommunenummer, and their feature state carries colours. */
export const MUNICIPALITY_SOURCE = 'municipalities' satisfies SourceId;
export const MUNICIPALITY_LABEL_SOURCE = 'municipality-labels' satisfies SourceId;
export const COUNTY_LABEL_SOURCE = 'county-labels' satisfies SourceId;

/** The layer that answers the pointer (hover, click, the keyboard's centre): the municipalities' fill. */
export const MUNICIPALITY_FILL_LAYER = 'municipality-fill';

/** The lines, in drawing order over the fill: each from a source of lines (or the municipalities' edges). */
export const LINES = [
	{
		id: 'municipality-borders',
		source: MUNICIPALITY_SOURCE,
		colour: BORDER_COLOUR,
		width: ['interpolate', ['linear'], ['zoom'], 4, 0.3, 9, 1.2]
	},
	{ id: 'county-borders', source: 'counties', colour: COUNTY_BORDER_COLOUR, width: 1 },
	{ id: 'outline', source: 'outline', colour: OUTLINE_COLOUR, width: 0.8 }
] as const satisfies readonly { id: string; source: SourceId; colour: string; width: unknown }[];

/**
 * Outlines that follow one boolean of a municipality's feature state, each drawn just over the line it
 * names. The controller sets these states (hover under the pointer; selected and group from the selection,
 * see feature-state.ts).
 */
export const MARKS = [
	// The other members of the selected municipality's arrangement.
	// (Under the county borders, which stay visible through the dashes.)
	{
		id: 'municipality-group',
		state: 'group',
		colour: '#1a1a1a',
		width: 1.5,
		dash: [2, 1],
		over: 'municipality-borders'
	},
	{ id: 'municipality-hover', state: 'hover', colour: '#1a1a1a', width: 2, over: 'outline' },
	{ id: 'municipality-selected', state: 'selected', colour: '#ffbf47', width: 3.5, over: 'outline' }
] as const satisfies readonly MarkDeclaration[];

interface MarkDeclaration {
	id: string;
	/** The feature-state boolean it follows. */
	state: string;
	colour: string;
	width: number;
	dash?: readonly number[];
	/** The line (of LINES) it is drawn just over. */
	over: (typeof LINES)[number]['id'];
}
export type MarkState = (typeof MARKS)[number]['state'];

/** Below this zoom the map shows county names; from it, municipality names (as many as fit). */
export const MUNICIPALITY_LABEL_MINZOOM = 5.5;

/** Dark text on a white halo: readable on every fill colour, the light grey and the dark blue alike. */
const labelPaint = {
	'text-color': '#1a1a1a',
	'text-halo-color': '#ffffff',
	'text-halo-width': 1.6,
	'text-halo-blur': 0.4
};

/**
 * The names, in drawing order (later ones win collisions). `selected` says how a layer treats the
 * selected municipality: 'only' draws just its name (always, over the others), 'except' leaves it out.
 */
export const LABELS = [
	{
		id: 'municipality-label',
		source: MUNICIPALITY_LABEL_SOURCE,
		minzoom: MUNICIPALITY_LABEL_MINZOOM,
		selected: 'except',
		size: ['interpolate', ['linear'], ['zoom'], MUNICIPALITY_LABEL_MINZOOM, 11, 9, 14],
		maxWidth: 9,
		padding: 3
	},
	{
		id: 'county-label',
		source: COUNTY_LABEL_SOURCE,
		maxzoom: MUNICIPALITY_LABEL_MINZOOM,
		size: 12,
		maxWidth: 8,
		padding: 2
	},
	{
		id: 'municipality-label-selected',
		source: MUNICIPALITY_LABEL_SOURCE,
		selected: 'only',
		size: ['interpolate', ['linear'], ['zoom'], 4, 12, 9, 15],
		maxWidth: 9,
		haloWidth: 2
	}
] as const satisfies readonly LabelDeclaration[];

interface LabelDeclaration {
	id: string;
	source: SourceId;
	minzoom?: number;
	maxzoom?: number;
	selected?: 'only' | 'except';
	size: number | ExpressionSpecification;
	maxWidth: number;
	padding?: number;
	haloWidth?: number;
}

/** The filter of a label layer for the selected municipality (none: the empty id, which no label has). */
export function labelFilter(
	selected: 'only' | 'except',
	kommunenummer: string | null
): ExpressionSpecification {
	return [selected === 'only' ? '==' : '!=', ['get', 'id'], kommunenummer ?? ''];
}

/** The status colour from feature state, one case per status of the legend (no coordinator by default). */
export function statusColour(): ExpressionSpecification {
	const cases = COVERAGE_STATUSES.filter((status) => status !== 'none').flatMap((status) => [
		status,
		STATUS_COLOURS[status]
	]);
	return [
		'match',
		['coalesce', ['feature-state', 'status'], 'none'],
		...(cases as [string, string]),
		STATUS_COLOURS.none
	];
}

export interface LayerOptions {
	/** The fill's opacity: below 1 when a basemap shows through. */
	fillOpacity: number;
	font: string;
}

/** Every layer of the coverage map, in drawing order, from the tables above. */
export function coverageLayers({ fillOpacity, font }: LayerOptions): LayerSpecification[] {
	return [
		{
			id: MUNICIPALITY_FILL_LAYER,
			type: 'fill',
			source: MUNICIPALITY_SOURCE,
			paint: {
				// A colour set per municipality (another layer, such as the funding phase) wins over the status.
				'fill-color': [
					'case',
					['!=', ['feature-state', 'colour'], null],
					['to-color', ['feature-state', 'colour']],
					statusColour()
				],
				'fill-opacity': fillOpacity
			}
		},
		...LINES.flatMap((line) => [
			lineLayer(line),
			...MARKS.filter((mark) => mark.over === line.id).map(markLayer)
		]),
		...LABELS.map((label) => labelLayer(label, font))
	];
}

function lineLayer(line: (typeof LINES)[number]): LayerSpecification {
	return {
		id: line.id,
		type: 'line',
		source: line.source,
		paint: { 'line-color': line.colour, 'line-width': line.width as ExpressionSpecification | number }
	};
}

function markLayer(mark: (typeof MARKS)[number]): LayerSpecification {
	return {
		id: mark.id,
		type: 'line',
		source: MUNICIPALITY_SOURCE,
		paint: {
			'line-color': mark.colour,
			'line-width': ['case', ['boolean', ['feature-state', mark.state], false], mark.width, 0],
			...('dash' in mark ? { 'line-dasharray': [...mark.dash] } : {})
		}
	};
}

// Names, larger places first (rank); collision detection leaves out what does not fit, so more appear as the
// map zooms in. The selected municipality's name is always drawn (text-allow-overlap), the others keep clear.
function labelLayer(label: LabelDeclaration, font: string): LayerSpecification {
	return {
		id: label.id,
		type: 'symbol',
		source: label.source,
		...(label.minzoom === undefined ? {} : { minzoom: label.minzoom }),
		...(label.maxzoom === undefined ? {} : { maxzoom: label.maxzoom }),
		...(label.selected ? { filter: labelFilter(label.selected, null) } : {}),
		layout: {
			'text-field': ['get', 'name'],
			'text-font': [font],
			'text-size': label.size,
			'text-max-width': label.maxWidth,
			...(label.padding === undefined ? {} : { 'text-padding': label.padding }),
			...(label.selected === 'only' ? { 'text-allow-overlap': true } : { 'symbol-sort-key': ['get', 'rank'] })
		},
		paint: label.haloWidth ? { ...labelPaint, 'text-halo-width': label.haloWidth } : labelPaint
	};
}
