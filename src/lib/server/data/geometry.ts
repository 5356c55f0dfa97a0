// The built web geometry, read once per process from the data build's output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection } from 'geojson';
import { DATA_DIR, DATA_FILES, detailCountyFile, projectRoot } from './files.ts';
import { renderSvgMap, type SvgMap } from '$lib/map/svg';
import { mapGeometryFrom, type MapGeometry } from '$lib/map/geometry-client';
import { composeDetail, countyDetailFrom } from '$lib/map/detail-compose';

const texts = new Map<string, string>();

/** The built file's text (cached): one of DATA_FILES, or a county's file (detailCountyFile). */
export function builtText(file: string): string {
	let text = texts.get(file);
	if (text === undefined) {
		text = readFileSync(join(projectRoot(), DATA_DIR, file), 'utf8');
		texts.set(file, text);
	}
	return text;
}

let nationalSvg: SvgMap | undefined;
let detailedSvg: SvgMap | undefined;
let finest: MapGeometry | undefined;
let mapStart: MapGeometry | undefined;
let national: MapGeometry | undefined;
let centroids: Map<string, [number, number]> | undefined;

/** The national SVG map (computed once). */
export function nationalSvgMap(): SvgMap {
	nationalSvg ??= renderSvgMap(JSON.parse(builtText(DATA_FILES.nationalTopology)) as Topology, 560);
	return nationalSvg;
}

/**
 * The same map from the county-level (more detailed) geometry, for pictures cropped to a county: drawn four
 * times as large, since path data is rounded to whole units and a county's crop magnifies it (Oslo is some
 * ten units wide at the national size).
 */
export function detailedSvgMap(): SvgMap {
	detailedSvg ??= renderSvgMap(JSON.parse(builtText(DATA_FILES.countyTopology)) as Topology, 4 * 560);
	return detailedSvg;
}

/**
 * The geometry of pictures zoomed to a place (the stand-in before the interactive map, share cards): what
 * the interactive map draws once it has zoomed there, the national level of detail with every county's
 * finer file put in (src/lib/map/detail.ts does the same in the browser, for the counties in view). The
 * national simplification is a few points per municipality at that size: the picture would be jagged, and
 * change shape when the interactive map replaces it. Computed once; pictures draw only what they show.
 */
export function pictureGeometry(): MapGeometry {
	if (!finest) {
		const base = mapStartGeometry();
		const counties = new Map(
			base.counties.features.map((county) => {
				const fylkesnummer = String(county.id);
				const file = detailCountyFile(fylkesnummer);
				return [fylkesnummer, countyDetailFrom(JSON.parse(builtText(file)) as Topology)];
			})
		);
		finest = { ...base, ...composeDetail(base, counties) };
	}
	return finest;
}

/**
 * The interactive map's national level of detail, the file it starts with: it fits its first view to these
 * shapes' bounds, so a picture of the same view fits to them too.
 */
export function mapStartGeometry(): MapGeometry {
	mapStart ??= mapGeometryFrom(JSON.parse(builtText(DATA_FILES.detailNational)) as Topology);
	return mapStart;
}

/** The national geometry as GeoJSON (for the whole-country picture). */
export function nationalGeometry(): MapGeometry {
	national ??= mapGeometryFrom(JSON.parse(builtText(DATA_FILES.nationalTopology)) as Topology);
	return national;
}

/** A point at the middle of each municipality (area-weighted centroid), longitude and latitude. */
export function municipalityCentroids(): Map<string, [number, number]> {
	if (!centroids) {
		const topology = JSON.parse(builtText(DATA_FILES.countyTopology)) as Topology;
		const collection = feature(
			topology,
			topology.objects.municipalities as GeometryCollection
		) as FeatureCollection;
		centroids = new Map(collection.features.map((f: Feature) => [String(f.id), geoCentroid(f)]));
	}
	return centroids;
}
