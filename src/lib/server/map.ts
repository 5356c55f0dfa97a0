// The national SVG map for the current snapshot, in the reader's language.
import type { MapSnapshot } from '$lib/coverage/schema';
import { statusLabel } from '$lib/coverage/labels';
import { municipalityHrefMaker } from '$lib/paths';
import { svgMapMarkup } from '$lib/map/svg-markup';
import { nationalSvgMap } from './data/geometry.ts';

export function nationalMapMarkup(snapshot: MapSnapshot): string {
	const municipalityHref = municipalityHrefMaker();
	return svgMapMarkup(
		nationalSvgMap(),
		snapshot.municipalities.map((m) => ({
			kommunenummer: m.kommunenummer,
			status: m.status,
			title: `${m.name}: ${statusLabel(m.status)}`,
			href: municipalityHref(m.kommunenummer, m.name_norwegian)
		}))
	);
}
