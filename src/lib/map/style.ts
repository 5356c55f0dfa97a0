// The MapLibre style for the coverage map, self-contained: no external tiles, glyphs or sprites (the label
// font is a file of this site, rasterized by the browser through the style's font-faces). Colours come
// from feature state (set per municipality by the map component), so a change of status or year restyles
// the map without touching the geometry. An optional raster basemap can sit underneath.
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { m } from '$lib/paraglide/messages';
import { coverageLayers, MUNICIPALITY_SOURCE, SOURCES } from './layers.ts';
// Noto Sans (SIL Open Font License) from @fontsource, served by this site. font-faces rather than glyph PBFs:
// MapLibre fetches a file only when it draws a character the file covers, so the Latin file (13 KB) is all
// most views need; the Latin Extended one (59 KB) comes with the first Sami or Kven name (č, đ, ŋ, š, ŧ, ž).
import latinFont from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latinExtFont from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url';

export const LABEL_FONT = 'Noto Sans SemiBold';

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

const emptyCollection = { type: 'FeatureCollection' as const, features: [] };

/** Mainland Norway with a margin: the map cannot be panned away from it. */
export const NORWAY_BOUNDS: [[number, number], [number, number]] = [
	[-2, 56.5],
	[36, 72.5]
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
			// Every source starts empty; the display component fills them (see SOURCES in layers.ts).
			...Object.fromEntries(
				Object.keys(SOURCES).map((id) => [
					id,
					{
						type: 'geojson',
						data: emptyCollection,
						...(id === MUNICIPALITY_SOURCE
							? { promoteId: 'kommunenummer', attribution: m.map_attribution() }
							: {})
					} satisfies SourceSpecification
				])
			)
		},
		'font-faces': FONT_FACES,
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': '#f4f6f8' } },
			...basemapLayers,
			...coverageLayers({ fillOpacity: options.basemapTiles ? 0.8 : 1, font: LABEL_FONT })
		]
	};
}
