// How coverage and funding are said to people, in the reader's language.
import { m } from '$lib/paraglide/messages';
import { formatPercent } from '$lib/i18n/format';
import { statusDefinition, type CoverageStatus, type StatusDefinition } from '$lib/domain/status';
import { PHASE_MESSAGES, phaseDefinition, type PhaseCode } from '$lib/domain/phase';
import type { FundingPhase, FundingPhaseName } from './schema.ts';

type DomainMessageKey =
	StatusDefinition['message'] | StatusDefinition['shortMessage'] | (typeof PHASE_MESSAGES)[PhaseCode];

// The domain tables name their messages by key; a key is looked up here, never as m[key]. A computed member of
// the messages module makes the bundler keep every message of the site, in all three languages, in each page
// that shows a status: that was a fifth of the front page's first view.
const DOMAIN_MESSAGES = {
	status_own: m.status_own,
	status_inter_municipal: m.status_inter_municipal,
	status_none: m.status_none,
	status_short_own: m.status_short_own,
	status_short_inter_municipal: m.status_short_inter_municipal,
	status_short_none: m.status_short_none,
	phase_7: m.phase_7,
	phase_6: m.phase_6,
	phase_4: m.phase_4,
	phase_2: m.phase_2,
	phase_m: m.phase_m,
	phase_w: m.phase_w,
	phase_none: m.phase_none
} satisfies Record<DomainMessageKey, () => string>;

export function statusLabel(status: CoverageStatus): string {
	return DOMAIN_MESSAGES[statusDefinition(status).message]();
}

export function statusShortLabel(status: CoverageStatus): string {
	return DOMAIN_MESSAGES[statusDefinition(status).shortMessage]();
}

/** A funding phase (or none) in words, e.g. «Kreftforeningen 75 %». */
export function phaseLabel(code: PhaseCode): string {
	return DOMAIN_MESSAGES[PHASE_MESSAGES[code]]();
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
	return DOMAIN_MESSAGES[phaseDefinition(phase).message]();
}
