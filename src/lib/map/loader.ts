// Loading the interactive map, apart from drawing it: when to start (the reader's intent, or a quiet page),
// MapLibre itself (a lazy chunk with its worker and styles), the controller that draws with it, the geometry,
// and the coverage data and county names for pages that do not have them. The display component
// (CoverageMap.svelte) awaits loadInteractiveMap and hands what it gives to the controller (controller.ts).
// Everything past whenWanted is imported here, when the map starts: the first view does without it.
import { resolve } from '$app/paths';
import type { SnapshotMunicipality } from '$lib/coverage/schema';
import type { Topology } from 'topojson-specification';
import type { MapGeometry } from './geometry-client.ts';

/** How long the page must have been loaded before the map loads without being asked (see whenWanted). */
export const IDLE_START_MS = 5000;

/** The events that say a reader reaches for the map: pointer, touch, keyboard focus or the wheel in its box. */
const INTENTS = ['pointerenter', 'pointerdown', 'touchstart', 'focusin', 'wheel'] as const;

/**
 * Resolves when the interactive map should load: at once when the reader reaches for the map (in `area`),
 * otherwise once the page has been loaded and quiet for a while and `element` is near the viewport.
 * MapLibre is a megabyte of script; the server-rendered map is usable until then, and the first view
 * stays light on a phone.
 */
export function whenWanted(element: HTMLElement, area: HTMLElement = element): Promise<void> {
	return new Promise((done) => {
		let observer: IntersectionObserver | undefined;
		let timer: ReturnType<typeof setTimeout> | undefined;
		const finish = () => {
			for (const name of INTENTS) area.removeEventListener(name, finish);
			removeEventListener('load', afterLoad);
			clearTimeout(timer);
			observer?.disconnect();
			done();
		};
		function afterLoad() {
			timer = setTimeout(() => {
				if (typeof IntersectionObserver === 'undefined') return finish();
				observer = new IntersectionObserver(
					(entries) => entries.some((entry) => entry.isIntersecting) && finish(),
					{ rootMargin: '300px' }
				);
				observer.observe(element);
			}, IDLE_START_MS);
		}
		for (const name of INTENTS) area.addEventListener(name, finish, { passive: true });
		if (document.readyState === 'complete') afterLoad();
		else addEventListener('load', afterLoad, { once: true });
	});
}

let library: Promise<typeof import('maplibre-gl')> | undefined;

/** MapLibre with its worker and styles, imported once per page (again after a failure). */
export function loadMapLibre(): Promise<typeof import('maplibre-gl')> {
	library ??= Promise.all([
		import('maplibre-gl'),
		// MapLibre finds its worker through a URL Vite cannot follow; give it the emitted file.
		import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
		import('maplibre-gl/dist/maplibre-gl.css')
	])
		.then(([maplibre, worker]) => {
			maplibre.setWorkerUrl(worker.default);
			return maplibre;
		})
		.catch((error: unknown) => {
			library = undefined;
			throw error;
		});
	return library;
}

export interface Coverage {
	municipalities: SnapshotMunicipality[];
	counties: { fylkesnummer: string; name: string }[];
}

/** Coverage per municipality and the county names, from the snapshot endpoint. */
export async function loadCoverage(): Promise<Coverage> {
	const response = await fetch(resolve('/api/oversikt.json'));
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	// The schema library is only needed here (pages without the data), so it loads with the data.
	const [{ mapSnapshot }, body] = await Promise.all([import('$lib/coverage/schema'), response.json()]);
	const snapshot = mapSnapshot.parse(body);
	return { municipalities: snapshot.municipalities, counties: snapshot.counties };
}

let geometry: Promise<MapGeometry> | undefined;

/** The municipality geometry, fetched once per page (again after a failure). */
export function loadMapGeometry(): Promise<MapGeometry> {
	geometry ??= Promise.all([
		fetch(resolve('/kart/kommuner.topo.json')).then((response): Promise<Topology> =>
			response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))
		),
		import('./geometry-client.ts')
	])
		.then(([topology, { mapGeometryFrom }]) => mapGeometryFrom(topology))
		.catch((error: unknown) => {
			geometry = undefined;
			throw error;
		});
	return geometry;
}

export interface InteractiveMap {
	maplibre: typeof import('maplibre-gl');
	/** The controller that draws the map with MapLibre. */
	createCoverageMap: typeof import('./controller.ts').createCoverageMap;
	geometry: MapGeometry;
	/** The coverage and county names, when asked for (the page did not have them). */
	coverage: Coverage | null;
}

/** Everything the interactive map needs, loaded in parallel. */
export async function loadInteractiveMap({ coverage }: { coverage: boolean }): Promise<InteractiveMap> {
	const [maplibre, { createCoverageMap }, geometry, data] = await Promise.all([
		loadMapLibre(),
		import('./controller.ts'),
		loadMapGeometry(),
		coverage ? loadCoverage() : null
	]);
	return { maplibre, createCoverageMap, geometry, coverage: data };
}
