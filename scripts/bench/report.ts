// One line of the benchmark report: a figure beside its target.
export interface ReportRow {
	name: string;
	value: number;
	unit: string;
	target?: string;
	met?: boolean;
}

export const formatValue = (n: number) =>
	n < 10 ? n.toFixed(2) : n < 1000 ? n.toFixed(1) : Math.round(n).toString();
