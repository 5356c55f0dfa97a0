// How coverage and funding are said to people (bokmål).
import type { CoverageStatus, FundingPhase, FundingPhaseName } from './schema.ts';

export const STATUS_LABELS: Record<CoverageStatus, string> = {
	own: 'Egen kreftkoordinator',
	inter_municipal: 'Interkommunal kreftkoordinator',
	none: 'Ingen kreftkoordinator registrert'
};

export const STATUS_SHORT_LABELS: Record<CoverageStatus, string> = {
	own: 'Egen',
	inter_municipal: 'Interkommunal',
	none: 'Ingen'
};

export const PHASE_LABELS: Record<FundingPhaseName, string> = {
	not_started: 'Samfinansiering ikke startet',
	cofunded_75: 'Kreftforeningen dekker 75 %',
	stepdown_60: 'Nedtrapping: Kreftforeningen dekker 60 %',
	stepdown_40: 'Nedtrapping: Kreftforeningen dekker 40 %',
	stepdown_20: 'Nedtrapping: Kreftforeningen dekker 20 %',
	municipal: 'Kommunen finansierer stillingen selv'
};

/** One sentence on the funding situation, e.g. «Programår 2 av 6. Kreftforeningen dekker 75 % ut 2027, deretter 60 %.» */
export function fundingSentence(funding: FundingPhase, cofundingStartYear: number | null): string {
	if (cofundingStartYear === null)
		return 'Kommunen finansierer stillingen selv, uten tilskudd fra Kreftforeningen.';
	if (funding.phase === 'not_started')
		return `Samfinansieringen fra Kreftforeningen starter i ${cofundingStartYear}.`;
	if (funding.phase === 'municipal') {
		return `Samfinansiert av Kreftforeningen fra ${cofundingStartYear}; kommunen har finansiert stillingen fullt ut siden ${cofundingStartYear + 6}.`;
	}
	const next =
		funding.next_phase === 'municipal'
			? 'deretter overtar kommunen hele finansieringen'
			: `deretter ${PHASE_LABELS[funding.next_phase!].replace(/^.*dekker /, '')}`;
	return `Programår ${funding.programme_year} av 6. Kreftforeningen dekker ${funding.society_percent} % av lønnen ut ${funding.phase_last_year}, ${next}.`;
}

export const percent = (part: number, whole: number) =>
	whole === 0 ? '0 %' : `${(Math.round((part / whole) * 1000) / 10).toLocaleString('nb-NO')} %`;

export const formatNumber = (n: number) => n.toLocaleString('nb-NO');

export function formatDate(iso: string): string {
	const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('nb-NO', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
}
