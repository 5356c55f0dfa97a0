// One municipality's history in periods: consecutive years with the same status, arrangement and partners
// become one period, and within it consecutive years in the same co-funding phase one funding run. Pure: the
// timeline component, the fact sheet and their tests read the same periods.
import type { CoverageStatus, FundingPhaseName, HistoryYear } from './schema.ts';

export interface FundingRun {
	from: number;
	to: number;
	phase: FundingPhaseName;
}

export interface HistoryPeriod {
	from: number;
	to: number;
	status: CoverageStatus;
	arrangementName: string | null;
	partners: HistoryYear['partners'];
	funding: FundingRun[];
}

const sameArrangement = (a: HistoryYear, b: HistoryYear) =>
	a.status === b.status &&
	a.arrangement_id === b.arrangement_id &&
	a.partners.map((p) => p.kommunenummer).join() === b.partners.map((p) => p.kommunenummer).join();

export function historyPeriods(years: readonly HistoryYear[]): HistoryPeriod[] {
	const periods: HistoryPeriod[] = [];
	let previous: HistoryYear | null = null;
	for (const year of [...years].sort((a, b) => a.year - b.year)) {
		let period = periods.at(-1);
		if (!period || !previous || !sameArrangement(previous, year) || previous.year !== year.year - 1) {
			period = {
				from: year.year,
				to: year.year,
				status: year.status,
				arrangementName: year.arrangement_name,
				partners: year.partners,
				funding: []
			};
			periods.push(period);
		}
		period.to = year.year;
		if (year.funding_phase) {
			const run = period.funding.at(-1);
			if (run && run.phase === year.funding_phase && run.to === year.year - 1) run.to = year.year;
			else period.funding.push({ from: year.year, to: year.year, phase: year.funding_phase });
		}
		previous = year;
	}
	return periods;
}

/** The co-funding share a year's cell shows (75, 60, 40, 20), or null when the Cancer Society pays nothing. */
export function societyShare(year: HistoryYear): number | null {
	return year.society_percent ? year.society_percent : null;
}
