// The map's line colours. The status colours are in the status table ($lib/domain/status), re-exported here
// for the map code that reads both.
export { STATUS_COLOURS } from '../domain/status.ts';

export const BORDER_COLOUR = '#ffffff';
export const COUNTY_BORDER_COLOUR = '#3d3d3d';
export const OUTLINE_COLOUR = '#3d3d3d';
