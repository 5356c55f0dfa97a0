// How coverage and funding are said to people, in the reader's language.
import { m } from '$lib/paraglide/messages';
import { formatPercent } from '$lib/i18n/format';
import { statusDefinition, type CoverageStatus } from '$lib/domain/status';
import { PHASE_MESSAGES, phaseDefinition, type PhaseCode } from '$lib/domain/phase';
import type { FundingPhase, FundingPhaseName } from './schema.ts';

export function statusLabel(status: CoverageStatus): string {
	return m[statusDefinition(status).message]();
}

export function statusShortLabel(status: CoverageStatus): string {
	return m[statusDefinition(status).shortMessage]();
}

/** A funding phase (or none) in words, e.g. «Kreftforeningen 75 %». */
export function phaseLabel(code: PhaseCode): string {
	return m[PHASE_MESSAGES[code]]();
}

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
			: m.funding_next_percent({
					percent: formatPercent(phaseDefinition(funding.next_phase).societyPercent / 100)
				});
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
