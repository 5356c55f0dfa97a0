// The SVG map as markup, for the server to put into the page (see slot.ts) and for /kart.svg.
// Every text that comes from data is escaped.
import type { SvgMap } from './svg.ts';
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

/**
 * The drawing is hidden from assistive technology and its links are out of the tab order: keyboard and
 * screen-reader users get the same links in the list of municipalities. The links are for readers without
 * JavaScript; with it, the page opens the panel on a click instead. rel="external" keeps SvelteKit's router
 * from inspecting all 357 of them (a walk up the tree for each) after every navigation.
 */
export function svgMapMarkup(map: SvgMap, areas: SvgMapArea[]): string {
	const byNumber = new Map(areas.map((a) => [a.kommunenummer, a]));
	const paths = map.municipalities
		.map((shape) => {
			const area = byNumber.get(shape.kommunenummer);
			if (!area) return '';
			return (
				`<a href="${escapeXml(area.href)}" tabindex="-1" rel="external"><path d="${shape.d}" class="${area.status}" ` +
				`data-kommunenummer="${shape.kommunenummer}"><title>${escapeXml(area.title)}</title></path></a>`
			);
		})
		.join('');
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" aria-hidden="true" focusable="false">` +
		`<g class="municipalities">${paths}</g>` +
		`<path class="county-borders" d="${map.countyBorders}"/>` +
		`<path class="outline" d="${map.outline}"/></svg>`
	);
}
