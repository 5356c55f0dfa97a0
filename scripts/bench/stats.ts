// Summaries of repeated measurements.

export interface Measurement {
	name: string;
	unit: string;
	samples: number;
	median: number;
	p95: number;
	max: number;
	target?: { median?: number; p95?: number };
	notes?: string;
}

export function summarize(values: number[]): Pick<Measurement, 'samples' | 'median' | 'p95' | 'max'> {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	return { samples: sorted.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

export function meetsTarget(m: Measurement): boolean | null {
	if (!m.target) return null;
	return (
		(m.target.median === undefined || m.median <= m.target.median) &&
		(m.target.p95 === undefined || m.p95 <= m.target.p95)
	);
}
