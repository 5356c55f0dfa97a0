// The funding phases on the map: one blue scale for the Cancer Society's share (darker = larger share), a
// distinct green for municipal funding (the goal once co-funding ends), and the status map's grey for none.
import { STATUS_COLOURS } from '../map/colours.ts';
import type { PhaseCode } from './timeline.ts';

export const PHASE_COLOURS: Record<PhaseCode, string> = {
	'7': '#08306b',
	'6': '#2171b5',
	'4': '#6baed6',
	'2': '#c6dbef',
	m: '#238b45',
	w: '#fdd49e',
	'-': STATUS_COLOURS.none
};
