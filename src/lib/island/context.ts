// What a part drawn afresh in the browser (Island.svelte with `redraw`) may know before it draws: the width
// of the box the server's HTML stood in, so that it draws once, at that width.
import { getContext } from 'svelte';

const WIDTH = Symbol('island width');

/** The contexts a redrawn part gets: the page's and the width it has. */
export function redrawContext(contexts: Map<unknown, unknown>, width: number): Map<unknown, unknown> {
	return new Map([...contexts, [WIDTH, width]]);
}

/** The width of the box a part is drawn in, when it is drawn afresh over the server's HTML; otherwise 0. */
export function islandWidth(): number {
	return getContext<number | undefined>(WIDTH) ?? 0;
}
