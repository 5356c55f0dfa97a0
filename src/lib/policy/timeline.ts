// Reading the coverage timeline (see public.coverage_timeline): a municipality's status or funding phase in a
// year, and the summaries of a year. Pure functions, shared by the page, the map colours and the exports.
import type { CoverageTimeline, HistoryRow, PhaseChange } from '$lib/coverage/schema';
import { statusOfCode, type CoverageStatus } from '$lib/domain/status';
import { phaseOfCode, type PhaseCode } from '$lib/domain/phase';

export function clampYear(timeline: CoverageTimeline, year: number): number {
	return Math.min(timeline.to_year, Math.max(timeline.from_year, Math.round(year)));
}

export function statusIn(timeline: CoverageTimeline, kommunenummer: string, year: number): CoverageStatus {
	return statusOfCode(timeline.statuses[kommunenummer]?.[year - timeline.from_year]);
}

export function phaseIn(timeline: CoverageTimeline, kommunenummer: string, year: number): PhaseCode {
	return phaseOfCode(timeline.phases[kommunenummer]?.[year - timeline.from_year]);
}

export function yearsOf(timeline: CoverageTimeline): number[] {
	return Array.from({ length: timeline.to_year - timeline.from_year + 1 }, (_, i) => timeline.from_year + i);
}

/** The national row (fylkesnummer null) and the county rows of a year. */
export function summaryOf(
	timeline: CoverageTimeline,
	year: number
): { national: HistoryRow; counties: HistoryRow[] } {
	const rows = timeline.history.filter((row) => row.year === year);
	return {
		national: rows.find((row) => row.fylkesnummer === null)!,
		counties: rows.filter((row) => row.fylkesnummer !== null)
	};
}

/** The summary row the figures are about: the county's when one is chosen (and known), else the nation's. */
export function focusRow(
	summary: { national: HistoryRow; counties: HistoryRow[] },
	county: string | null
): HistoryRow {
	return (county && summary.counties.find((c) => c.fylkesnummer === county)) || summary.national;
}

/** Share of the population covered, 0–1 (null when the population is not known). */
export function populationShare(row: {
	population: number | null;
	population_covered: number | null;
}): number | null {
	return row.population && row.population_covered !== null ? row.population_covered / row.population : null;
}

/** Arrangements whose funding phase changes from this year to the next (see public.phase_changes). */
export function phaseChanges(timeline: CoverageTimeline, year: number): PhaseChange[] {
	return timeline.phase_changes.filter((change) => change.year === year);
}

/** A municipality's population in a population year (one the history rows name), or null when not known. */
export function populationIn(
	timeline: CoverageTimeline,
	kommunenummer: string,
	populationYear: number | null
): number | null {
	return populationYear === null ? null : (timeline.populations[populationYear]?.[kommunenummer] ?? null);
}
