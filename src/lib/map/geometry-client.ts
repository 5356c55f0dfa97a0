// The detailed municipality geometry for the interactive map, fetched once: municipalities as GeoJSON with
// their kommunenummer, county borders and the national outline from the same topology.
import { resolve } from '$app/paths';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Feature, MultiLineString } from 'geojson';

export interface MapGeometry {
	municipalities: FeatureCollection;
	countyBorders: Feature<MultiLineString>;
	outline: Feature<MultiLineString>;
}

let loading: Promise<MapGeometry> | undefined;

export function mapGeometryFrom(topology: Topology): MapGeometry {
	const municipalities = topology.objects.municipalities as GeometryCollection;
	const collection = feature(topology, municipalities) as FeatureCollection;
	for (const f of collection.features) f.properties = { kommunenummer: String(f.id) };
	const line = (geometry: MultiLineString): Feature<MultiLineString> => ({
		type: 'Feature',
		properties: {},
		geometry
	});
	return {
		municipalities: collection,
		countyBorders: line(mesh(topology, topology.objects.counties as GeometryCollection, (a, b) => a !== b)),
		outline: line(mesh(topology, municipalities, (a, b) => a === b))
	};
}

export function loadMapGeometry(): Promise<MapGeometry> {
	loading ??= fetch(resolve('/kart/kommuner.topo.json'))
		.then((response) =>
			response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))
		)
		.then((topology: Topology) => mapGeometryFrom(topology))
		.catch((error: unknown) => {
			loading = undefined;
			throw error;
		});
	return loading;
}
