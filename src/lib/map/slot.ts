// The server-rendered map's paths are large (hundreds of kilobytes before compression). Returned from a load
// function they would be serialized a second time for hydration, so the page renders an empty slot element
// and the server hook (src/hooks.server.ts) puts the markup in after rendering. Hydration leaves an
// element's children alone when its template has none; after a client-side navigation the component
// fetches the same markup from /kart.svg.
export const SVG_MAP_SLOT_ID = 'svg-map-slot';

const slotTag = new RegExp(`<div id="${SVG_MAP_SLOT_ID}"[^>]*>`);

export function fillSvgMapSlot(html: string, markup: string): string {
	return html.replace(slotTag, (tag) => tag + markup);
}
