// The dashboard's two CSV files: the county table and the list of municipalities in the selection, as the
// page shows them for a year. Population figures are those of the year's population year (SSB, 1 January;
// see public.population_year_for), named in the column headings, so that the file says which year it uses.
// Shares are percentages rounded to one decimal, as on screen, not raw fractions.
import type { CsvValue } from '$lib/csv';
import type { HistoryRow } from '$lib/coverage/schema';
import { statusLabel } from '$lib/coverage/labels';
import { m } from '$lib/paraglide/messages';
import { phaseLabel } from '$lib/coverage/labels';
import type { LayerMunicipality } from './map-layer.ts';
import { populationShare } from './timeline.ts';

export interface CsvTable {
	columns: string[];
	rows: Record<string, CsvValue>[];
}

/** A share (0–1) as a percentage with one decimal, e.g. 0.7336 → 73.4; null stays empty. */
export function sharePercent(share: number | null): number | null {
	return share === null ? null : Math.round(share * 1000) / 10;
}

/** The county table: one row per county in the order shown, then the national total. */
export function countiesCsv(
	rows: HistoryRow[],
	national: HistoryRow,
	countyName: (fylkesnummer: string) => string
): CsvTable {
	const year = national.population_year;
	const columns = [
		m.policy_county(),
		m.policy_col_municipalities(),
		m.policy_col_covered(),
		m.policy_col_own(),
		m.policy_col_shared(),
		m.policy_col_uncovered(),
		m.policy_col_population_percent(),
		...(year === null
			? []
			: [m.policy_col_population_covered({ year }), m.policy_col_population_total({ year })])
	];
	const line = (row: HistoryRow, name: string): Record<string, CsvValue> =>
		Object.fromEntries(
			[
				name,
				row.municipalities,
				row.covered,
				row.own,
				row.inter_municipal,
				row.uncovered,
				sharePercent(populationShare(row)),
				...(year === null ? [] : [row.population_covered, row.population])
			].map((value, i) => [columns[i], value])
		);
	return {
		columns,
		rows: [
			...rows.map((row) => line(row, countyName(row.fylkesnummer!))),
			line(national, m.policy_all_counties())
		]
	};
}

/** The municipalities in the selection, with their population in the year's population year. */
export function municipalitiesCsv(
	municipalities: LayerMunicipality[],
	countyName: (fylkesnummer: string) => string,
	population: (kommunenummer: string) => number | null,
	populationYear: number | null
): CsvTable {
	const columns = [
		m.policy_col_municipality(),
		m.policy_col_kommunenummer(),
		m.policy_county(),
		m.policy_col_status(),
		m.policy_col_phase(),
		populationYear === null
			? m.policy_col_inhabitants()
			: m.policy_col_inhabitants_year({ year: populationYear })
	];
	return {
		columns,
		rows: municipalities.map((mu) =>
			Object.fromEntries(
				[
					mu.name,
					mu.kommunenummer,
					countyName(mu.fylkesnummer),
					statusLabel(mu.status),
					phaseLabel(mu.phase),
					population(mu.kommunenummer)
				].map((value, i) => [columns[i], value])
			)
		)
	};
}
