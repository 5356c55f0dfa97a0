// The funding phases on the map: one blue scale for the Cancer Society's share (darker = larger share), a
// distinct green for municipal funding (the goal once co-funding ends), and the status map's grey for none.
import { m } from '$lib/paraglide/messages';
import { STATUS_COLOURS } from '$lib/map/colours';
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

export function phaseLabel(code: PhaseCode): string {
	return {
		'7': m.phase_7,
		'6': m.phase_6,
		'4': m.phase_4,
		'2': m.phase_2,
		m: m.phase_m,
		w: m.phase_w,
		'-': m.phase_none
	}[code]();
}
