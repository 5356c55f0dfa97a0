// The baseline the map benchmark compares against: a plain page that loads the whole municipality boundary
// file as GeoJSON into MapLibre the common way (one big GeoJSON source, colours from feature properties, a
// popup on click). Served gzip-compressed, like the app, from a throwaway HTTP server.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { readSourceText, resolveSource } from '../data/source.ts';
import { STATUS_COLOURS } from '../../src/lib/domain/status.ts';

const require = createRequire(import.meta.url);

const PAGE = `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Baseline: GeoJSON in MapLibre</title><link rel="stylesheet" href="/maplibre-gl.css">
<style>body{margin:0;font-family:system-ui,sans-serif}#map{height:80vh}#panel{padding:1rem}</style></head>
<body><h1>Kreftkoordinatorer</h1><div id="map"></div><aside id="panel"></aside>
<script type="module">
import * as maplibregl from '/maplibre-gl.mjs';
const map = new maplibregl.Map({ container: 'map', bounds: [[4.5, 57.9], [31.2, 71.2]],
  style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#f4f6f8' } }] } });
window.__map = map;
map.on('load', () => {
  map.addSource('kommuner', { type: 'geojson', data: '/kommuner.geojson' });
  map.addLayer({ id: 'fill', type: 'fill', source: 'kommuner', paint: { 'fill-color': ['match', ['get', 'status'],
    'own', '${STATUS_COLOURS.own}', 'inter_municipal', '${STATUS_COLOURS.inter_municipal}', '${STATUS_COLOURS.none}'] } });
  map.addLayer({ id: 'line', type: 'line', source: 'kommuner', paint: { 'line-color': '#fff', 'line-width': 0.5 } });
  map.on('sourcedata', function ready(e) {
    if (e.sourceId !== 'kommuner' || !map.isSourceLoaded('kommuner')) return;
    map.off('sourcedata', ready);
    map.once('idle', () => performance.mark('baseline:map-idle'));
  });
  map.on('click', 'fill', (e) => {
    const p = e.features[0].properties;
    document.getElementById('panel').innerHTML = '<h2>' + p.name + '</h2><p>' + p.status + '</p>';
    document.getElementById('panel').dataset.kommunenummer = p.kommunenummer;
  });
});
</script></body></html>`;

export interface Baseline {
	url: string;
	close: () => Promise<void>;
}

/** Starts the baseline server; statuses come from the app's snapshot so both maps show the same. */
export async function startBaseline(port: number, statuses: Map<string, string>): Promise<Baseline> {
	const topology = JSON.parse(await readSourceText(resolveSource(), 'municipalityTopology')) as Topology;
	const key = Object.keys(topology.objects)[0];
	const geojson = feature(topology, topology.objects[key] as GeometryCollection) as FeatureCollection<
		Geometry,
		Record<string, string>
	>;
	for (const f of geojson.features) {
		const kommunenummer = String(f.properties?.kommunenummer);
		f.properties = { kommunenummer, name: f.properties?.name, status: statuses.get(kommunenummer) ?? 'none' };
	}
	const dist = join(dirname(require.resolve('maplibre-gl/package.json')), 'dist');
	const files: Record<string, [string, Buffer]> = {
		'/': ['text/html; charset=utf-8', Buffer.from(PAGE)],
		'/maplibre-gl.mjs': ['text/javascript', readFileSync(join(dist, 'maplibre-gl.mjs'))],
		'/maplibre-gl-worker.mjs': ['text/javascript', readFileSync(join(dist, 'maplibre-gl-worker.mjs'))],
		'/maplibre-gl.css': ['text/css', readFileSync(join(dist, 'maplibre-gl.css'))],
		'/kommuner.geojson': ['application/geo+json', Buffer.from(JSON.stringify(geojson))]
	};
	const compressed = Object.fromEntries(
		Object.entries(files).map(([path, [type, body]]) => [path, [type, gzipSync(body)] as const])
	);
	const server: Server = createServer((request, response) => {
		const file = compressed[new URL(request.url ?? '/', 'http://x').pathname];
		if (!file) return response.writeHead(404).end();
		response.writeHead(200, {
			'content-type': file[0],
			'content-encoding': 'gzip',
			'cache-control': 'no-cache'
		});
		response.end(file[1]);
	});
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	return {
		url: `http://127.0.0.1:${port}/`,
		close: () => new Promise((done) => server.close(() => done()))
	};
}
