// The MapLibre style for the coverage map, self-contained: no external tiles, glyphs or sprites (the label
// font is a file of this site, rasterized by the browser through the style's font-faces). Colours come
// from feature state (set per municipality by the map component), so a change of status or year restyles
// the map without touching the geometry. An optional raster basemap can sit underneath.
import type {
	ExpressionSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from 'maplibre-gl';
import { BORDER_COLOUR, COUNTY_BORDER_COLOUR, OUTLINE_COLOUR, STATUS_COLOURS } from './colours.ts';
// Noto Sans (SIL Open Font License) from @fontsource, served by this site. font-faces rather than glyph PBFs:
// MapLibre fetches a file only when it draws a character the file covers, so the Latin file (13 KB) is all
// most views need; the Latin Extended one (59 KB) comes with the first Sami or Kven name (č, đ, ŋ, š, ŧ, ž).
import latinFont from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latinExtFont from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url';

export const MUNICIPALITY_SOURCE = 'municipalities';
export const MUNICIPALITY_FILL_LAYER = 'municipality-fill';
export const MUNICIPALITY_LABEL_SOURCE = 'municipality-labels';
export const COUNTY_LABEL_SOURCE = 'county-labels';
export const MUNICIPALITY_LABEL_LAYER = 'municipality-label';
/** The selected municipality's name: always drawn, and the other names keep clear of it. */
export const SELECTED_LABEL_LAYER = 'municipality-label-selected';
export const COUNTY_LABEL_LAYER = 'county-label';
export const LABEL_FONT = 'Noto Sans SemiBold';

/** Below this zoom the map shows county names; from it, municipality names (as many as fit). */
export const MUNICIPALITY_LABEL_MINZOOM = 5.5;

// The unicode ranges of @fontsource's subsets (its CSS), so that each file is fetched only when needed.
const FONT_FACES = {
	[LABEL_FONT]: [
		{
			url: latinFont,
			'unicode-range': [
				'U+0000-00FF',
				'U+0131',
				'U+0152-0153',
				'U+02BB-02BC',
				'U+02C6',
				'U+02DA',
				'U+02DC',
				'U+2000-206F'
			]
		},
		{
			url: latinExtFont,
			'unicode-range': [
				'U+0100-02BA',
				'U+02BD-02C5',
				'U+02C7-02CC',
				'U+02CE-02D7',
				'U+02DD-02FF',
				'U+1E00-1E9F'
			]
		}
	]
};

/** Dark text on a white halo: readable on every fill colour, the light grey and the dark blue alike. */
const labelPaint = {
	'text-color': '#1a1a1a',
	'text-halo-color': '#ffffff',
	'text-halo-width': 1.6,
	'text-halo-blur': 0.4
};

const emptyCollection = { type: 'FeatureCollection' as const, features: [] };

/** Mainland Norway with a margin: the map cannot be panned away from it. */
export const NORWAY_BOUNDS: [[number, number], [number, number]] = [
	[-2, 56.5],
	[36, 72.5]
];

const statusColour: ExpressionSpecification = [
	'match',
	['coalesce', ['feature-state', 'status'], 'none'],
	'own',
	STATUS_COLOURS.own,
	'inter_municipal',
	STATUS_COLOURS.inter_municipal,
	STATUS_COLOURS.none
];

export interface CoverageStyleOptions {
	/** A raster tile URL template ({z}/{x}/{y}) for a basemap under the municipalities. */
	basemapTiles?: string;
	basemapAttribution?: string;
}

export function coverageMapStyle(options: CoverageStyleOptions = {}): StyleSpecification {
	const basemapSources: Record<string, SourceSpecification> = {};
	const basemapLayers: LayerSpecification[] = [];
	if (options.basemapTiles) {
		basemapSources.basemap = {
			type: 'raster',
			tiles: [options.basemapTiles],
			tileSize: 256,
			attribution: options.basemapAttribution
		};
		basemapLayers.push({ id: 'basemap', type: 'raster', source: 'basemap' });
	}
	return {
		version: 8,
		sources: {
			...basemapSources,
			[MUNICIPALITY_SOURCE]: {
				type: 'geojson',
				data: { type: 'FeatureCollection', features: [] },
				promoteId: 'kommunenummer',
				attribution: 'Kartgrunnlag: © Kartverket'
			},
			counties: { type: 'geojson', data: emptyCollection },
			outline: { type: 'geojson', data: emptyCollection },
			[MUNICIPALITY_LABEL_SOURCE]: { type: 'geojson', data: emptyCollection },
			[COUNTY_LABEL_SOURCE]: { type: 'geojson', data: emptyCollection }
		},
		'font-faces': FONT_FACES,
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': '#f4f6f8' } },
			...basemapLayers,
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
						statusColour
					],
					'fill-opacity': options.basemapTiles ? 0.8 : 1
				}
			},
			{
				id: 'municipality-borders',
				type: 'line',
				source: MUNICIPALITY_SOURCE,
				paint: {
					'line-color': BORDER_COLOUR,
					'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.3, 9, 1.2]
				}
			},
			{
				id: 'municipality-group',
				type: 'line',
				source: MUNICIPALITY_SOURCE,
				// Members of the selected municipality's arrangement.
				paint: {
					'line-color': '#1a1a1a',
					'line-width': ['case', ['boolean', ['feature-state', 'group'], false], 1.5, 0],
					'line-dasharray': [2, 1]
				}
			},
			{
				id: 'county-borders',
				type: 'line',
				source: 'counties',
				paint: { 'line-color': COUNTY_BORDER_COLOUR, 'line-width': 1 }
			},
			{
				id: 'outline',
				type: 'line',
				source: 'outline',
				paint: { 'line-color': OUTLINE_COLOUR, 'line-width': 0.8 }
			},
			{
				id: 'municipality-hover',
				type: 'line',
				source: MUNICIPALITY_SOURCE,
				paint: {
					'line-color': '#1a1a1a',
					'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2, 0]
				}
			},
			{
				id: 'municipality-selected',
				type: 'line',
				source: MUNICIPALITY_SOURCE,
				paint: {
					'line-color': '#ffbf47',
					'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3.5, 0]
				}
			},
			// Names, larger municipalities first; collision detection leaves out what does not fit, so more
			// appear as the map zooms in. The selected one is set by the map component (setFilter).
			{
				id: MUNICIPALITY_LABEL_LAYER,
				type: 'symbol',
				source: MUNICIPALITY_LABEL_SOURCE,
				minzoom: MUNICIPALITY_LABEL_MINZOOM,
				filter: ['!=', ['get', 'id'], ''],
				layout: {
					'text-field': ['get', 'name'],
					'text-font': [LABEL_FONT],
					'text-size': ['interpolate', ['linear'], ['zoom'], MUNICIPALITY_LABEL_MINZOOM, 11, 9, 14],
					'text-max-width': 9,
					'text-padding': 3,
					'symbol-sort-key': ['get', 'rank']
				},
				paint: labelPaint
			},
			{
				id: COUNTY_LABEL_LAYER,
				type: 'symbol',
				source: COUNTY_LABEL_SOURCE,
				maxzoom: MUNICIPALITY_LABEL_MINZOOM,
				layout: {
					'text-field': ['get', 'name'],
					'text-font': [LABEL_FONT],
					'text-size': 12,
					'text-max-width': 8,
					'text-padding': 2,
					'symbol-sort-key': ['get', 'rank']
				},
				paint: labelPaint
			},
			{
				id: SELECTED_LABEL_LAYER,
				type: 'symbol',
				source: MUNICIPALITY_LABEL_SOURCE,
				filter: ['==', ['get', 'id'], ''],
				layout: {
					'text-field': ['get', 'name'],
					'text-font': [LABEL_FONT],
					'text-size': ['interpolate', ['linear'], ['zoom'], 4, 12, 9, 15],
					'text-max-width': 9,
					'text-allow-overlap': true
				},
				paint: { ...labelPaint, 'text-halo-width': 2 }
			}
		]
	};
}
