// A box that scrolls sideways (a wide table on a phone) must be reachable by keyboard so it can be scrolled
// without a mouse: focusable, and named as a region after its heading (axe: scrollable-region-focusable).
// Spread onto the element: <div class="table-scroll" {...scrollRegion('table-heading')}>.
export function scrollRegion(labelledBy: string) {
	return { tabindex: 0, role: 'region', 'aria-labelledby': labelledBy } as const;
}
