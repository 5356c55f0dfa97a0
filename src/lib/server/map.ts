// The national SVG map for the current snapshot, in the reader's language.
import type { MapSnapshot } from '$lib/coverage/schema';
import { statusLabel } from '$lib/coverage/labels';
import { municipalityHrefMaker } from '$lib/paths';
import { svgMapMarkup } from '$lib/map/svg-markup';
import { pictureStyle, renderMapPicture, WHOLE_COUNTRY } from '$lib/map/picture';
import { municipalityBounds } from '$lib/map/geometry-client';
import { mapStartGeometry, nationalGeometry, pictureGeometry } from './data/geometry.ts';

function areas(snapshot: MapSnapshot) {
	const municipalityHref = municipalityHrefMaker();
	return snapshot.municipalities.map((m) => ({
		kommunenummer: m.kommunenummer,
		status: m.status,
		title: `${m.name}: ${statusLabel(m.status)}`,
		href: municipalityHref(m.kommunenummer, m.name_norwegian)
	}));
}

/**
 * The whole country as the interactive map first shows it (the same projection and fit, see
 * $lib/map/picture), with county names. Units are pixels at zoom 5: about the size it is drawn.
 */
export function nationalMapMarkup(snapshot: MapSnapshot): string {
	const picture = renderMapPicture(nationalGeometry(), WHOLE_COUNTRY, 5)!;
	return svgMapMarkup(picture, areas(snapshot), {
		style: pictureStyle(picture),
		countyNames: new Map(snapshot.counties.map((c) => [c.fylkesnummer, c.name]))
	});
}

/**
 * The largest box a municipality's picture stands in, in CSS pixels: the municipality page's map, the full
 * content width below 64rem (at most 1024 px wide, 26rem high) and 30 × 34 rem beside the details above
 * (see its CSS; the fact sheet's is smaller). The picture is drawn only as far as such a box shows.
 */
export const MUNICIPALITY_MAP_BOX = { width: 1024, height: 544 } as const;

/**
 * The map zoomed to a municipality and the other members of its arrangement, as the interactive map opens on
 * it (see $lib/map/picture), with the municipality marked. Null for a municipality without geometry.
 */
export function municipalityMapMarkup(snapshot: MapSnapshot, kommunenummer: string): string | null {
	const arrangement = snapshot.municipalities.find((m) => m.kommunenummer === kommunenummer)?.arrangement_id;
	const group = arrangement
		? snapshot.municipalities.filter((m) => m.arrangement_id === arrangement).map((m) => m.kommunenummer)
		: [kommunenummer];
	// Drawn from the finest geometry, framed as the interactive map frames its first view (the bounds of its
	// own starting shapes, see CoverageMap's zoomTo), so that nothing moves when it takes over.
	const bounds = municipalityBounds(mapStartGeometry().municipalities, group);
	const picture = bounds && renderMapPicture(pictureGeometry(), bounds, undefined, MUNICIPALITY_MAP_BOX);
	if (!picture) return null;
	return svgMapMarkup(picture, areas(snapshot), {
		style: pictureStyle(picture),
		selected: kommunenummer
	});
}
