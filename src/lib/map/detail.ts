// The interactive map's finer geometry: when the view is zoomed in past the national level (detail-levels.ts),
// the county files for the counties in view are fetched and their municipalities, county borders and stretch
// of the national outline replace the national level's in the same sources. Same sources, same feature ids:
// colours, hover and selection (feature state) stay as they are, and MapLibre draws the old tiles until the
// new ones are ready, so nothing flickers. Loaded counties stay (MapLibre simplifies them when zoomed out).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { resolve } from '$app/paths';
import type { Topology } from 'topojson-specification';
import { setGeometry } from './layers.ts';
import { countiesInView, detailLevelAt, type LonLatBox } from './detail-levels.ts';
import { municipalityBounds, type MapGeometry } from './geometry-client.ts';
import { composeDetail, countyDetailFrom, type CountyDetail } from './detail-compose.ts';

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
		setGeometry(map, drawn);
		container.dataset.detailCounties = [...loaded.keys()].sort().join(' ');
	};
	map.on('moveend', update);
	void update();
	return () => {
		stopped = true;
		map.off('moveend', update);
	};
}
