import { describe, expect, it } from 'vitest';
import { readView, writeView } from './view-state.ts';

const years = { from: 2012, to: 2026 };

describe('dashboard view in the URL', () => {
	it('round-trips every parameter', () => {
		const view = { year: 2018, layer: 'funding', county: '46', sort: 'share', descending: true } as const;
		const query = writeView(view, 2026);
		expect(query).toBe('?ar=2018&lag=finansiering&fylke=46&sorter=share&synkende=1');
		expect(readView(new URLSearchParams(query), years)).toEqual(view);
	});

	it('falls back to the latest year and defaults for bad or missing values', () => {
		expect(readView(new URLSearchParams('ar=1999&lag=x&fylke=4&sorter=drop'), years)).toEqual({
			year: 2026,
			layer: 'status',
			county: null,
			sort: 'name',
			descending: false
		});
		expect(writeView(readView(new URLSearchParams(''), years), 2026)).toBe('');
	});
});
