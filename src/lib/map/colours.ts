// Status colours: distinguishable with the common colour-vision deficiencies (blue / orange / light grey)
// and each at least 3:1 against the white page where it carries meaning; borders separate the light fill.
import type { CoverageStatus } from '$lib/coverage/schema';

export const STATUS_COLOURS: Record<CoverageStatus, string> = {
	own: '#1b5e9c',
	inter_municipal: '#c25e00',
	none: '#ebebeb'
};

export const BORDER_COLOUR = '#ffffff';
export const COUNTY_BORDER_COLOUR = '#3d3d3d';
export const OUTLINE_COLOUR = '#3d3d3d';
