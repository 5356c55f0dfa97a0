// A box that scrolls sideways (a wide table on a phone) must be reachable by keyboard so it can be scrolled
// without a mouse: focusable, and a region named after its heading or with its own label (axe:
// scrollable-region-focusable). Spread onto the element: <div {...scrollRegion({ labelledBy: 'table-heading' })}>.
export function scrollRegion(name: { labelledBy: string } | { label: string }) {
	return {
		tabindex: 0,
		role: 'region',
		...('label' in name ? { 'aria-label': name.label } : { 'aria-labelledby': name.labelledBy })
	} as const;
}
