// The SVG map as markup, for the server to put into the page (see slot.ts) and for /kart.svg.
// Every text that comes from data is escaped.
import type { SvgMap } from './svg.ts';
import { labelText } from './labels.ts';
import type { CoverageStatus } from '$lib/coverage/schema';

export interface SvgMapArea {
	kommunenummer: string;
	status: CoverageStatus;
	title: string;
	href: string;
}

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** County names at their label points, one line per language form (as on the interactive map). */
function countyLabelMarkup(map: SvgMap, names: ReadonlyMap<string, string> | undefined): string {
	if (!names || !map.countyLabels) return '';
	const texts = map.countyLabels.map(({ fylkesnummer, x, y }) => {
		const lines = labelText(names.get(fylkesnummer) ?? '')
			.split('\n')
			.filter(Boolean);
		const first = -((lines.length - 1) * 1.1) / 2;
		const spans = lines
			.map((line, i) => `<tspan x="${x}" dy="${i === 0 ? first : 1.1}em">${escapeXml(line)}</tspan>`)
			.join('');
		return spans ? `<text x="${x}" y="${y}">${spans}</text>` : '';
	});
	const size = map.labelSize ? ` font-size="${map.labelSize}"` : '';
	return `<g class="county-labels"${size}>${texts.join('')}</g>`;
}

/**
 * The drawing is hidden from assistive technology and its links are out of the tab order: keyboard and
 * screen-reader users get the same links in the list of municipalities. The links are for readers without
 * JavaScript; with it, the page opens the panel on a click instead. rel="external" keeps SvelteKit's router
 * from inspecting all 357 of them (a walk up the tree for each) after every navigation.
 */
export function svgMapMarkup(
	map: SvgMap & { viewBox?: number[] },
	areas: SvgMapArea[],
	options: { style?: string; selected?: string | null; countyNames?: ReadonlyMap<string, string> } = {}
): string {
	const byNumber = new Map(areas.map((a) => [a.kommunenummer, a]));
	const paths = map.municipalities
		.map((shape) => {
			const area = byNumber.get(shape.kommunenummer);
			if (!area) return '';
			return (
				`<a href="${escapeXml(area.href)}" tabindex="-1" rel="external"><path d="${shape.d}" class="${area.status}${shape.kommunenummer === options.selected ? ' selected' : ''}" ` +
				`data-kommunenummer="${shape.kommunenummer}"><title>${escapeXml(area.title)}</title></path></a>`
			);
		})
		.join('');
	const viewBox = (map.viewBox ?? [0, 0, map.width, map.height]).join(' ');
	const style = options.style ? ` style="${escapeXml(options.style)}"` : '';
	// The selected municipality is drawn again on top, so that its outline is not hidden by its neighbours.
	const selected = map.municipalities.find((shape) => shape.kommunenummer === options.selected);
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}"${style} aria-hidden="true" focusable="false">` +
		`<g class="municipalities">${paths}</g>` +
		`<path class="county-borders" d="${map.countyBorders}"/>` +
		`<path class="outline" d="${map.outline}"/>` +
		(selected ? `<path class="selected-outline" d="${selected.d}"/>` : '') +
		countyLabelMarkup(map, options.countyNames) +
		`</svg>`
	);
}
