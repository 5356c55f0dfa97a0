// A box that scrolls sideways (a wide table on a phone) must be reachable by keyboard so it can be scrolled
// without a mouse: focusable, and a group named after its heading or with its own label (axe:
// scrollable-region-focusable). A group, not a region: a region is a landmark, and the section around the
// table is often already one with the same name (axe: landmark-unique). Spread onto the element: <div {...scrollRegion({ labelledBy: 'table-heading' })}>.
export function scrollRegion(name: { labelledBy: string } | { label: string }) {
	return {
		tabindex: 0,
		role: 'group',
		...('label' in name ? { 'aria-label': name.label } : { 'aria-labelledby': name.labelledBy })
	} as const;
}
