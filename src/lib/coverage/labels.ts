// How coverage and funding are said to people, in the reader's language.
import { m } from '$lib/paraglide/messages';
import { formatPercent } from '$lib/i18n/format';
import type { CoverageStatus, FundingPhase, FundingPhaseName } from './schema.ts';

export function statusLabel(status: CoverageStatus): string {
	return { own: m.status_own, inter_municipal: m.status_inter_municipal, none: m.status_none }[status]();
}

export function statusShortLabel(status: CoverageStatus): string {
	return {
		own: m.status_short_own,
		inter_municipal: m.status_short_inter_municipal,
		none: m.status_short_none
	}[status]();
}

const NEXT_PERCENT = { cofunded_75: 75, stepdown_60: 60, stepdown_40: 40, stepdown_20: 20 } as const;

/** One sentence on the funding situation, e.g. «Programår 2 av 6. Kreftforeningen dekker 75 % … ut 2027, deretter 60 %.» */
export function fundingSentence(funding: FundingPhase, cofundingStartYear: number | null): string {
	if (cofundingStartYear === null) return m.funding_municipal_only();
	if (funding.phase === 'not_started') return m.funding_not_started({ year: cofundingStartYear });
	if (funding.phase === 'municipal') {
		return m.funding_finished({ start: cofundingStartYear, municipal: cofundingStartYear + 6 });
	}
	const next =
		funding.next_phase === 'municipal' || funding.next_phase === null || funding.next_phase === 'not_started'
			? m.funding_next_municipal()
			: m.funding_next_percent({ percent: formatPercent(NEXT_PERCENT[funding.next_phase] / 100) });
	return m.funding_active({
		year: funding.programme_year ?? 0,
		percent: formatPercent(funding.society_percent / 100),
		last: funding.phase_last_year ?? 0,
		next
	});
}

/** A funding phase in a few words («Kreftforeningen 75 %», «Kommunen finansierer»), as the dashboard's legend says it. */
export function fundingPhaseLabel(phase: FundingPhaseName): string {
	return {
		cofunded_75: m.phase_7,
		stepdown_60: m.phase_6,
		stepdown_40: m.phase_4,
		stepdown_20: m.phase_2,
		municipal: m.phase_m,
		not_started: m.phase_w
	}[phase]();
}
