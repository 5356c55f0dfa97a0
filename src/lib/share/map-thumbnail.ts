// The map part of a municipality's share card: the server-drawn picture of the municipality and its
// arrangement (see $lib/map/picture, the same view the page opens on), cut to the card's map box, with every
// colour inline (the renderer reads no stylesheet) and the municipality outlined.
import type { MapPicture } from '$lib/map/picture';
import { BORDER_COLOUR, COUNTY_BORDER_COLOUR, OUTLINE_COLOUR } from '$lib/map/colours';
import type { CardMap } from './card.ts';

type Box = [number, number, number, number];

const overlaps = (a: Box, [x, y, w, h]: Box) => a[0] <= x + w && a[2] >= x && a[1] <= y + h && a[3] >= y;

/**
 * The part of the picture to show: the place with a margin, at least `minWidth` units wide (a small
 * municipality is not blown up past the detail of the geometry), widened to the box's shape.
 */
export function thumbnailView(focus: Box, aspect: number, minWidth = 900): Box {
	const [x, y, w, h] = focus;
	let width = Math.max(w * 1.5, minWidth);
	let height = Math.max(h * 1.5, minWidth / aspect);
	if (width / height < aspect) width = height * aspect;
	else height = width / aspect;
	return [x + w / 2 - width / 2, y + h / 2 - height / 2, width, height];
}

export function pictureThumbnail(
	picture: MapPicture,
	options: {
		fills: ReadonlyMap<string, string>;
		/** The municipality the card is about, outlined in black. */
		selected: string;
		/** The other members of its arrangement, outlined more thinly. */
		group: string[];
		aspect: number;
		/** The box's width in pixels: strokes are given in pixels and converted to picture units. */
		boxWidth: number;
	}
): CardMap {
	const viewBox = thumbnailView(picture.viewBox, options.aspect);
	const px = viewBox[2] / options.boxWidth;
	const shapes = picture.municipalities.filter((shape) => overlaps(shape.box, viewBox));
	const outlined = (kommunenummer: string, width: number) => {
		const shape = shapes.find((s) => s.kommunenummer === kommunenummer);
		return shape
			? `<path d="${shape.d}" fill="none" stroke="#000000" stroke-width="${(width * px).toFixed(2)}" stroke-linejoin="round"/>`
			: '';
	};
	const content =
		`<g stroke="${BORDER_COLOUR}" stroke-width="${(0.8 * px).toFixed(2)}">` +
		shapes
			.map((shape) => `<path d="${shape.d}" fill="${options.fills.get(shape.kommunenummer) ?? '#ffffff'}"/>`)
			.join('') +
		`</g>` +
		`<path d="${picture.countyBorders}" fill="none" stroke="${COUNTY_BORDER_COLOUR}" stroke-width="${(1.2 * px).toFixed(2)}"/>` +
		`<path d="${picture.outline}" fill="none" stroke="${OUTLINE_COLOUR}" stroke-width="${(1 * px).toFixed(2)}"/>` +
		options.group
			.filter((k) => k !== options.selected)
			.map((k) => outlined(k, 1.6))
			.join('') +
		outlined(options.selected, 4);
	return { viewBox, content };
}
