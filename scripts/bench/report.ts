// One line of the benchmark report: a figure beside its target, and where there is one, the baseline's figure.
export interface ReportRow {
	name: string;
	value: number;
	unit: string;
	target?: string;
	met?: boolean;
	/** The same measurement on the row's baseline (the map: whole GeoJSON into MapLibre; the server: the same app
	 * without its fast path, or as named in the row). */
	baseline?: number;
}

export const formatValue = (n: number) =>
	Number.isNaN(n) ? 'n/a' : n < 10 ? n.toFixed(2) : n < 1000 ? n.toFixed(1) : Math.round(n).toString();

export function reportTable(rows: ReportRow[]): string[] {
	return [
		'| measurement | value | target | met | baseline | ratio to baseline |',
		'| --- | ---: | --- | --- | ---: | ---: |',
		...rows.map((r) => {
			const met = r.met === undefined ? '–' : r.met ? 'yes' : '**no**';
			const baseline = r.baseline === undefined ? '–' : `${formatValue(r.baseline)} ${r.unit}`;
			const ratio =
				r.baseline === undefined || r.baseline === 0 ? '–' : `${(r.value / r.baseline).toFixed(2)} ×`;
			return `| ${r.name} | ${formatValue(r.value)} ${r.unit} | ${r.target ?? '–'} | ${met} | ${baseline} | ${ratio} |`;
		})
	];
}
