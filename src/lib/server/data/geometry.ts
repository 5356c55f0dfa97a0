// The built web geometry, read once per process from the data build's output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { DATA_DIR, DATA_FILES } from '../../../../scripts/data/outputs.ts';
import { renderSvgMap, type SvgMap } from '$lib/map/svg';
import { projectRoot } from '../db/schema.ts';

let nationalTopology: Topology | undefined;
const svgMaps = new Map<number, SvgMap>();

export function loadNationalTopology(): Topology {
	nationalTopology ??= JSON.parse(
		readFileSync(join(projectRoot(), DATA_DIR, DATA_FILES.nationalTopology), 'utf8')
	) as Topology;
	return nationalTopology;
}

/** The national SVG map at a given width; computed once per width. */
export function nationalSvgMap(width = 560): SvgMap {
	let map = svgMaps.get(width);
	if (!map) {
		map = renderSvgMap(loadNationalTopology(), width);
		svgMaps.set(width, map);
	}
	return map;
}
