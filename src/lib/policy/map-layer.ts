// What the dashboard's map shows for a view: each municipality's colour (status or funding phase in the
// chosen year, or "outside the selection" when the filters leave it out) and the legend with counts. The page,
// the embed view and the downloadable images all use this, so they show the same thing.
import type { CoverageStatus, CoverageTimeline } from '$lib/coverage/schema';
import { phaseLabel, statusLabel } from '$lib/coverage/labels';
import { COVERAGE_STATUSES, STATUS_COLOURS } from '$lib/domain/status';
import { PHASE_CODES, PHASE_COLOURS, type PhaseCode } from '$lib/domain/phase';
import { m } from '$lib/paraglide/messages';
import { phaseIn, statusIn } from './timeline.ts';
import { matchesFilters, type PolicyView } from './view-state.ts';

/** Municipalities the filters leave out: white, set apart from the light grey of "no coordinator". */
export const OUTSIDE_SELECTION_COLOUR = '#ffffff';

export interface LayerMunicipality {
	kommunenummer: string;
	name: string;
	fylkesnummer: string;
	status: CoverageStatus;
	phase: PhaseCode;
	inSelection: boolean;
	colour: string;
}

export interface LegendEntry {
	key: string;
	colour: string;
	label: string;
	count: number;
}

type Place = { kommunenummer: string; name: string; fylkesnummer: string };

/** Every municipality's status, phase and colour in the view's year and layer. */
export function layerMunicipalities(
	timeline: CoverageTimeline,
	municipalities: Place[],
	view: PolicyView
): LayerMunicipality[] {
	return municipalities.map((place) => {
		const status = statusIn(timeline, place.kommunenummer, view.year);
		const phase = phaseIn(timeline, place.kommunenummer, view.year);
		const inSelection = matchesFilters(view, { fylkesnummer: place.fylkesnummer, status, phase });
		const colour = !inSelection
			? OUTSIDE_SELECTION_COLOUR
			: view.layer === 'funding'
				? PHASE_COLOURS[phase]
				: STATUS_COLOURS[status];
		return { ...place, status, phase, inSelection, colour };
	});
}

/** The legend of the view's layer, counting the municipalities in the selection (and those left out). */
export function legendEntries(layer: LayerMunicipality[], view: PolicyView): LegendEntry[] {
	const chosen = layer.filter((mu) => mu.inSelection);
	const entries: LegendEntry[] =
		view.layer === 'funding'
			? PHASE_CODES.map((code) => ({
					key: code,
					colour: PHASE_COLOURS[code],
					label: phaseLabel(code),
					count: chosen.filter((mu) => mu.phase === code).length
				}))
			: COVERAGE_STATUSES.map((status) => ({
					key: status,
					colour: STATUS_COLOURS[status],
					label: statusLabel(status),
					count: chosen.filter((mu) => mu.status === status).length
				}));
	// With a county chosen, the rest of the country is not "left out" of it: only the county's are counted.
	const outside = layer.filter(
		(mu) => !mu.inSelection && (!view.county || mu.fylkesnummer === view.county)
	).length;
	return outside
		? [
				...entries,
				{
					key: 'outside',
					colour: OUTSIDE_SELECTION_COLOUR,
					label: m.policy_outside_selection(),
					count: outside
				}
			]
		: entries;
}

/** The title of the map for a view, e.g. «Kreftkoordinator i kommunene – Nordland» (picture and embed view). */
export function mapTitle(view: Pick<PolicyView, 'layer'>, place: string): string {
	return `${view.layer === 'funding' ? m.policy_image_title_funding() : m.policy_image_title_status()} – ${place}`;
}
