// What a share card says about itself: the text alternative of the picture and the link preview's title and
// description. The pages' meta tags and the server's card both take them from here, so they agree.
import { m } from '$lib/paraglide/messages';
import { statusLabel } from '$lib/coverage/labels';
import type { CoverageStatus, HistoryRow } from '$lib/coverage/schema';
import { formatDate, formatNumber, formatPercent } from '$lib/i18n/format';
import { mapTitle } from '$lib/policy/map-layer';
import { populationShare } from '$lib/policy/timeline';
import type { PolicyView } from '$lib/policy/view-state';

/** «Situasjonen 2. desember 2026»: the date the card's data describe. */
export const cardDate = (isoDate: string) => m.policy_situation({ date: formatDate(isoDate) });

export function municipalityCardAlt(detail: { name: string; status: CoverageStatus; at: string }): string {
	return m.share_alt_municipality({
		name: detail.name,
		status: statusLabel(detail.status),
		date: cardDate(detail.at)
	});
}

/** A dashboard view's figures: «31 av 41 kommuner har kreftkoordinator», and the population's share. */
export function policyFigures(focus: HistoryRow): { covered: string; population: string | null } {
	const share = populationShare(focus);
	return {
		covered: m.policy_covered({
			covered: formatNumber(focus.covered),
			total: formatNumber(focus.municipalities)
		}),
		population: share === null ? null : m.policy_population({ share: formatPercent(share) })
	};
}

export function policyCardTexts(view: PolicyView, place: string, focus: HistoryRow) {
	const title = mapTitle(view, place);
	const figures = policyFigures(focus);
	return {
		title: m.share_policy_title({ title, year: view.year }),
		description: figures.population
			? m.share_policy_description({ figures: figures.covered, population: figures.population })
			: figures.covered,
		alt: m.share_alt_policy({ title, year: view.year, figures: figures.covered, date: cardDate(focus.at) })
	};
}
