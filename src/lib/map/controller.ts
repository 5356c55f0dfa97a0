// The coverage map's MapLibre instance, behind a few declarative calls. One job: create the map, put the
// layers of layers.ts and the geometry in it, bring its feature state, names and camera to what it is told
// (feature-state.ts decides the calls), report the reader's doings as events, and take it all down again.
// The display component (CoverageMap.svelte) tells it what to show; the loader (loader.ts) gives it MapLibre
// and the geometry. What it is told before the map has loaded is applied when it has.
import type { GeoJSONSource } from 'maplibre-gl';
import { m } from '$lib/paraglide/messages';
import { maplibreLocale } from '$lib/i18n/maplibre-locale';
import { coverageMapStyle, NORWAY_BOUNDS } from './style.ts';
import {
	COUNTY_LABEL_SOURCE,
	LABELS,
	labelFilter,
	MUNICIPALITY_FILL_LAYER,
	MUNICIPALITY_LABEL_MINZOOM,
	MUNICIPALITY_LABEL_SOURCE,
	MUNICIPALITY_SOURCE,
	setGeometry
} from './layers.ts';
import { labelPoints } from './labels.ts';
import { municipalityBounds, type LonLatBounds, type MapGeometry } from './geometry-client.ts';
import { followDetail } from './detail.ts';
import { FIT_OPTIONS, WHOLE_COUNTRY } from './picture.ts';
import {
	BLANK_STATE,
	labelArea,
	sameCamera,
	stateChanges,
	type Camera,
	type MunicipalityState
} from './feature-state.ts';

export interface CoverageMapEvents {
	/** A municipality was chosen: clicked, or Enter with it in the map's centre. */
	select: (kommunenummer: string) => void;
	/** A municipality came under the pointer. */
	hover?: (kommunenummer: string) => void;
	/** What is under the pointer, where (for a tooltip); null when nothing is. */
	pointer?: (at: { x: number; y: number; kommunenummer: string } | null) => void;
	/** With keyboard focus on the map: the municipality in its centre (what Enter opens, null: none); undefined when it loses focus. */
	keyboardTarget?: (kommunenummer: string | null | undefined) => void;
	/** The reader moved or zoomed the map (not moves asked for by calls). */
	move?: (camera: Camera) => void;
	/** Everything is drawn. */
	ready?: () => void;
	/** The map could not start (no WebGL, a failed style). */
	failed?: () => void;
}

export interface CoverageMapController {
	/** Each municipality's status, colour and marks (see feature-state.ts). */
	setStates(wanted: ReadonlyMap<string, MunicipalityState>): void;
	/** The names on the map, and the selected municipality (always named). */
	setLabels(names: ReadonlyMap<string, string>, countyNames: ReadonlyMap<string, string>): void;
	setSelectedLabel(kommunenummer: string | null): void;
	/** Jumps to a camera, unless the map is already there. */
	setCamera(camera: Camera): void;
	/** Fits the map to these municipalities (animated); to the whole country when `orCountry` and none is drawn. */
	fit(kommunenumre: string[] | null, options: { padding: number; orCountry: boolean }): void;
	destroy(): void;
}

type MapLibre = typeof import('maplibre-gl');

/** The map's first view: a camera, or the box of these municipalities, or the whole country. */
export type StartView = Camera | string[] | null;

export function createCoverageMap(
	maplibre: MapLibre,
	container: HTMLElement,
	geometry: MapGeometry,
	start: StartView,
	events: CoverageMapEvents
): CoverageMapController {
	const boundsOf = (kommunenumre: string[] | null): LonLatBounds | null =>
		kommunenumre?.length ? municipalityBounds(geometry.municipalities, kommunenumre) : null;
	const map = new maplibre.Map({
		container,
		style: coverageMapStyle(),
		...(start && !Array.isArray(start)
			? { center: [start.lon, start.lat] as [number, number], zoom: start.zoom }
			: { bounds: boundsOf(start) ?? WHOLE_COUNTRY }),
		fitBoundsOptions: FIT_OPTIONS,
		maxBounds: NORWAY_BOUNDS,
		dragRotate: false,
		pitchWithRotate: false,
		touchPitch: false,
		// The map sits in a scrolling page: scrolling and one-finger swipes move the page, not the map.
		cooperativeGestures: true,
		locale: maplibreLocale(),
		attributionControl: { compact: true }
	});
	map.touchZoomRotate.disableRotation();
	map.keyboard.disableRotation();
	map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');

	let loaded = false;
	let stopDetail: (() => void) | undefined;
	// What the map has been told (applied at load) and what it shows (bookkeeping for the diffs).
	let wanted: ReadonlyMap<string, MunicipalityState> = new Map();
	let applied: ReadonlyMap<string, MunicipalityState> = new Map();
	let names: ReadonlyMap<string, string> = new Map();
	let countyNames: ReadonlyMap<string, string> = new Map();
	let labelled = '';
	let selectedLabel: string | null = null;
	let hovered: string | null = null;

	const setState = (kommunenummer: string, state: Record<string, unknown>) =>
		map.setFeatureState({ source: MUNICIPALITY_SOURCE, id: kommunenummer }, state);

	function applyStates() {
		if (!loaded) return;
		for (const [kommunenummer, change] of stateChanges(applied, wanted, BLANK_STATE))
			setState(kommunenummer, change);
		applied = wanted;
	}

	/**
	 * Zoomed in, each name goes on the part of its municipality in view (a little inside the edges), so that
	 * neighbours reaching into the view are named too; placed again after every move.
	 */
	function placeMunicipalityLabels() {
		if (!loaded || !names.size) return;
		const bounds = map.getBounds();
		const area = labelArea(
			[
				[bounds.getWest(), bounds.getSouth()],
				[bounds.getEast(), bounds.getNorth()]
			],
			map.getZoom(),
			MUNICIPALITY_LABEL_MINZOOM - 0.5
		);
		const source = map.getSource(MUNICIPALITY_LABEL_SOURCE) as GeoJSONSource;
		source.setData(labelPoints(geometry.municipalities, names, area ?? undefined));
	}

	function applyLabels() {
		if (!loaded) return;
		placeMunicipalityLabels();
		(map.getSource(COUNTY_LABEL_SOURCE) as GeoJSONSource).setData(
			labelPoints(geometry.counties, countyNames)
		);
	}

	function applySelectedLabel() {
		if (!loaded) return;
		for (const label of LABELS)
			if ('selected' in label) map.setFilter(label.id, labelFilter(label.selected, selectedLabel));
	}

	const atCentre = () => {
		const centre = map.project(map.getCenter());
		const feature = map.queryRenderedFeatures(centre, { layers: [MUNICIPALITY_FILL_LAYER] })[0];
		return feature ? String(feature.id) : null;
	};

	map.on('error', () => {
		if (!map.loaded()) events.failed?.();
	});
	map.on('load', () => {
		const canvas = map.getCanvas();
		canvas.setAttribute('aria-label', m.map_label());
		canvas.setAttribute('aria-describedby', 'coverage-map-hint');
		setGeometry(map, geometry);
		// Finer geometry for the counties in view as the map zooms in (detail.ts).
		stopDetail = followDetail(map, geometry);
		map.once('idle', () => {
			container.dataset.ready = 'true';
			// For the benchmark: when the interactive map has drawn everything.
			performance.mark('koordinatorkart:map-idle');
			events.ready?.();
		});
		// Exposed on the element for the browser tests, which need to turn places into screen positions.
		Object.defineProperty(container, 'coverageMap', { value: map, configurable: true });
		loaded = true;
		applyStates();
		applyLabels();
		applySelectedLabel();
	});

	const setHover = (kommunenummer: string | null) => {
		if (hovered) setState(hovered, { hover: false });
		hovered = kommunenummer;
		if (hovered) setState(hovered, { hover: true });
	};
	map.on('mousemove', MUNICIPALITY_FILL_LAYER, (event) => {
		const feature = event.features?.[0];
		const kommunenummer = feature ? String(feature.id) : null;
		if (kommunenummer && kommunenummer !== hovered) events.hover?.(kommunenummer);
		setHover(kommunenummer);
		map.getCanvas().style.cursor = kommunenummer ? 'pointer' : '';
		events.pointer?.(kommunenummer ? { x: event.point.x, y: event.point.y, kommunenummer } : null);
	});
	map.on('mouseleave', MUNICIPALITY_FILL_LAYER, () => {
		setHover(null);
		map.getCanvas().style.cursor = '';
		events.pointer?.(null);
	});
	map.on('click', MUNICIPALITY_FILL_LAYER, (event) => {
		const feature = event.features?.[0];
		if (feature) events.select(String(feature.id));
	});

	// With keyboard focus on the map, Enter opens the municipality in its centre, which the page names.
	const canvas = map.getCanvas();
	const showKeyboardTarget = () => {
		if (document.activeElement !== canvas || !canvas.matches(':focus-visible')) return;
		events.keyboardTarget?.(atCentre());
	};
	canvas.addEventListener('keydown', (event) => {
		if (event.key !== 'Enter') return;
		const kommunenummer = atCentre();
		if (kommunenummer) events.select(kommunenummer);
	});
	canvas.addEventListener('focus', showKeyboardTarget);
	canvas.addEventListener('blur', () => events.keyboardTarget?.(undefined));

	map.on('moveend', (event) => {
		placeMunicipalityLabels();
		showKeyboardTarget();
		if (!('originalEvent' in event) || !event.originalEvent) return;
		const centre = map.getCenter();
		events.move?.({ lon: centre.lng, lat: centre.lat, zoom: map.getZoom() });
	});

	return {
		setStates(next) {
			wanted = next;
			applyStates();
		},
		setLabels(nextNames, nextCountyNames) {
			// Placed again only when a name changes, not when a new year brings new coverage rows.
			const key = JSON.stringify([...nextNames, ...nextCountyNames]);
			if (key === labelled) return;
			labelled = key;
			names = nextNames;
			countyNames = nextCountyNames;
			applyLabels();
		},
		setSelectedLabel(kommunenummer) {
			selectedLabel = kommunenummer;
			applySelectedLabel();
		},
		setCamera(camera) {
			const centre = map.getCenter();
			if (!sameCamera(camera, { lon: centre.lng, lat: centre.lat, zoom: map.getZoom() }))
				map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
		},
		fit(kommunenumre, { padding, orCountry }) {
			// MapLibre skips the animation for readers who prefer reduced motion.
			const bounds = boundsOf(kommunenumre) ?? (orCountry ? WHOLE_COUNTRY : null);
			if (bounds) map.fitBounds(bounds, { padding, maxZoom: FIT_OPTIONS.maxZoom, duration: 600 });
		},
		destroy() {
			stopDetail?.();
			map.remove();
		}
	};
}
