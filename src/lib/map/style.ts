// The MapLibre style for the coverage map, self-contained: no external tiles, glyphs or sprites. Colours come
// from feature state (set per municipality by the map component), so a change of status or year restyles
// the map without touching the geometry. An optional raster basemap can sit underneath.
import type {
	ExpressionSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from 'maplibre-gl';
import { m } from '$lib/paraglide/messages';
import { BORDER_COLOUR, COUNTY_BORDER_COLOUR, OUTLINE_COLOUR, STATUS_COLOURS } from './colours.ts';

export const MUNICIPALITY_SOURCE = 'municipalities';
export const MUNICIPALITY_FILL_LAYER = 'municipality-fill';

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
				attribution: m.map_attribution()
			},
			counties: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
			outline: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
		},
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
			}
		]
	};
}
