// The funding phases in words (the colours are in phase-colours.ts).
import { m } from '$lib/paraglide/messages';
import type { PhaseCode } from './timeline.ts';

export { PHASE_COLOURS } from './phase-colours.ts';

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
