// The interactive map's finer geometry: when the view is zoomed in past the national level (detail-levels.ts),
// the county files for the counties in view are fetched and their municipalities, county borders and stretch
// of the national outline replace the national level's in the same sources. Same sources, same feature ids:
// colours, hover and selection (feature state) stay as they are, and MapLibre draws the old tiles until the
// new ones are ready, so nothing flickers. Loaded counties stay (MapLibre simplifies them when zoomed out).
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { resolve } from '$app/paths';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, Position } from 'geojson';
import { MUNICIPALITY_SOURCE } from './style.ts';
import { countiesInView, detailLevelAt, type LonLatBox } from './detail-levels.ts';
import { municipalityBounds, type MapGeometry } from './geometry-client.ts';

/** One county at the county level of detail. */
export interface CountyDetail {
	municipalities: Feature[];
	outline: Position[][];
	countyBorders: Position[][];
}

/** The three sources' data: municipalities, county borders, national outline. */
export interface DrawnGeometry {
	municipalities: FeatureCollection;
	countyBorders: Feature<MultiLineString>;
	outline: Feature<MultiLineString>;
}

const countyOf = (g: { id?: string | number }) => String(g.id).slice(0, 2);

const lines = (coordinates: Position[][]): Feature<MultiLineString> => ({
	type: 'Feature',
	properties: {},
	geometry: { type: 'MultiLineString', coordinates }
});

/** A county file (the data build's scripts/data/detail.ts) as GeoJSON. */
export function countyDetailFrom(topology: Topology): CountyDetail {
	const linesOf = (name: string) =>
		(topology.objects[name] as GeometryCollection).geometries.flatMap(
			(g) => (feature(topology, g) as Feature<MultiLineString>).geometry.coordinates
		);
	const municipalities = (
		feature(topology, topology.objects.municipalities as GeometryCollection) as FeatureCollection
	).features;
	for (const f of municipalities) f.properties = { kommunenummer: String(f.id) };
	return { municipalities, outline: linesOf('outline'), countyBorders: linesOf('countyBorders') };
}

/**
 * What the map draws: the national level, with the loaded counties' municipalities, county borders and
 * outline in place of the national level's.
 */
export function composeDetail(base: MapGeometry, loaded: ReadonlyMap<string, CountyDetail>): DrawnGeometry {
	if (!loaded.size || !base.topology)
		return { municipalities: base.municipalities, countyBorders: base.countyBorders, outline: base.outline };
	const topology = base.topology;
	const all = topology.objects.municipalities as GeometryCollection;
	const coarse = (g: { id?: string | number }) => !loaded.has(countyOf(g));
	const details = [...loaded.values()];
	return {
		municipalities: {
			type: 'FeatureCollection',
			features: [...base.municipalities.features.filter(coarse), ...details.flatMap((d) => d.municipalities)]
		},
		countyBorders: lines([
			...mesh(topology, all, (a, b) => countyOf(a) !== countyOf(b) && coarse(a) && coarse(b)).coordinates,
			...details.flatMap((d) => d.countyBorders)
		]),
		outline: lines([
			...mesh(topology, all, (a, b) => a === b && coarse(a)).coordinates,
			...details.flatMap((d) => d.outline)
		])
	};
}

const loading = new Map<string, Promise<CountyDetail>>();

/** A county's detail, fetched once (again after a failure). */
export function loadCountyDetail(fylkesnummer: string): Promise<CountyDetail> {
	let promise = loading.get(fylkesnummer);
	if (!promise) {
		promise = fetch(resolve('/kart/fylke/[fylkesnummer].topo.json', { fylkesnummer }))
			.then((response) =>
				response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))
			)
			.then((topology: Topology) => countyDetailFrom(topology));
		promise.catch(() => loading.delete(fylkesnummer));
		loading.set(fylkesnummer, promise);
	}
	return promise;
}

/** Each county's box, from the national level, widened a little for the islands it leaves out. */
function countyBoxes(base: MapGeometry): Map<string, LonLatBox> {
	const boxes = new Map<string, LonLatBox>();
	for (const county of base.counties.features) {
		const fylkesnummer = String(county.id);
		const ids = base.municipalities.features
			.map((f) => String(f.id))
			.filter((id) => id.startsWith(fylkesnummer));
		const box = municipalityBounds(base.municipalities, ids);
		if (box)
			boxes.set(fylkesnummer, [
				[box[0][0] - 0.1, box[0][1] - 0.05],
				[box[1][0] + 0.1, box[1][1] + 0.05]
			]);
	}
	return boxes;
}

/**
 * Keeps the map's geometry as detailed as its zoom needs, from now until the returned function is called.
 * The map's container tells the browser tests what it draws: data-detail-level (the level the zoom needs) and
 * data-detail-counties (the counties drawn at the county level).
 */
export function followDetail(map: MapLibreMap, base: MapGeometry): () => void {
	const container = map.getContainer();
	const boxes = countyBoxes(base);
	const loaded = new Map<string, CountyDetail>();
	let stopped = false;
	const update = async () => {
		const level = detailLevelAt(map.getZoom());
		container.dataset.detailLevel = level.name;
		if (level.name === 'national') return;
		// The view and half a screen around it, so that a short pan finds its counties there.
		const bounds = map.getBounds();
		const [dx, dy] = [(bounds.getEast() - bounds.getWest()) / 2, (bounds.getNorth() - bounds.getSouth()) / 2];
		const view: LonLatBox = [
			[bounds.getWest() - dx, bounds.getSouth() - dy],
			[bounds.getEast() + dx, bounds.getNorth() + dy]
		];
		const wanted = countiesInView(view, boxes).filter((f) => !loaded.has(f));
		if (!wanted.length) return;
		// A county that fails to load stays at the national level; the next move tries again.
		const results = await Promise.allSettled(wanted.map(loadCountyDetail));
		if (stopped) return;
		let changed = false;
		results.forEach((result, i) => {
			if (result.status === 'fulfilled' && !loaded.has(wanted[i])) {
				loaded.set(wanted[i], result.value);
				changed = true;
			}
		});
		if (!changed) return;
		const drawn = composeDetail(base, loaded);
		(map.getSource(MUNICIPALITY_SOURCE) as GeoJSONSource).setData(drawn.municipalities);
		(map.getSource('counties') as GeoJSONSource).setData(drawn.countyBorders);
		(map.getSource('outline') as GeoJSONSource).setData(drawn.outline);
		container.dataset.detailCounties = [...loaded.keys()].sort().join(' ');
	};
	map.on('moveend', update);
	void update();
	return () => {
		stopped = true;
		map.off('moveend', update);
	};
}
