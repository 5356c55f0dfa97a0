import { describe, expect, it } from 'vitest';
import {
	matchesFilters,
	movedViewQuery,
	readView,
	readViewReport,
	writeView,
	type PolicyView
} from './view-state.ts';

const years = { from: 2012, to: 2026 };

describe('dashboard view in the URL', () => {
	it('round-trips every parameter', () => {
		const view: PolicyView = {
			year: 2018,
			layer: 'funding',
			county: '46',
			statuses: ['own', 'none'],
			phases: ['6', 'm'],
			sort: 'share',
			descending: true,
			selected: '4601',
			camera: { lon: 5.3242, lat: 60.3913, zoom: 7.25 }
		};
		const query = writeView(view, 2026);
		expect(query).toBe(
			'?ar=2018&lag=finansiering&fylke=46&status=egen,uten&fase=60,kommunal&sorter=andel&synkende=1' +
				'&kommune=4601&kart=5.3242,60.3913,7.25'
		);
		expect(readView(new URLSearchParams(query), years)).toEqual(view);
	});

	it('reads filters sent by the plain form, one parameter per box', () => {
		const view = readView(new URLSearchParams('status=delt&status=egen&fase=20'), years);
		expect(view.statuses).toEqual(['own', 'inter_municipal']);
		expect(view.phases).toEqual(['2']);
	});

	it('falls back to the latest year and defaults for bad or missing values', () => {
		expect(
			readView(
				new URLSearchParams('ar=1999&lag=x&fylke=4&sorter=drop&status=x&kommune=abc&kart=200,1,2'),
				years
			)
		).toEqual({
			year: 2026,
			layer: 'status',
			county: null,
			statuses: [],
			phases: [],
			sort: 'name',
			descending: false,
			selected: null,
			camera: null
		});
		expect(writeView(readView(new URLSearchParams(''), years), 2026)).toBe('');
	});

	it('matches municipalities against county, status and phase filters', () => {
		const oslo = { fylkesnummer: '03', status: 'own', phase: '6' } as const;
		const none = { county: null, statuses: [], phases: [] };
		expect(matchesFilters(none, oslo)).toBe(true);
		expect(matchesFilters({ ...none, county: '46' }, oslo)).toBe(false);
		expect(matchesFilters({ ...none, statuses: ['own', 'none'] }, oslo)).toBe(true);
		expect(matchesFilters({ ...none, statuses: ['none'] }, oslo)).toBe(false);
		expect(matchesFilters({ ...none, phases: ['7', '4'] }, oslo)).toBe(false);
	});

	it('names every parameter it could not read, and keeps the rest', () => {
		const context = { ...years, counties: new Set(['03', '46']), municipalities: new Set(['0301', '4627']) };
		const { view, ignored } = readViewReport(
			new URLSearchParams(
				'fylke=99&ar=2019&status=egen,kanskje&kommune=9999&lag=finansiering&synkende=ja&utm_source=x'
			),
			context
		);
		expect(ignored).toEqual([
			{ name: 'fylke', value: '99' },
			{ name: 'status', value: 'egen,kanskje' },
			{ name: 'synkende', value: 'ja' },
			{ name: 'kommune', value: '9999' }
		]);
		expect(view).toMatchObject({ year: 2019, county: null, statuses: [], layer: 'funding', selected: null });
		expect(readViewReport(new URLSearchParams('fylke=46&kommune=4627'), context)).toEqual({
			view: expect.objectContaining({ county: '46', selected: '4627' }),
			ignored: []
		});
		expect(readViewReport(new URLSearchParams('ar=20199'), context).ignored).toEqual([
			{ name: 'ar', value: '20199' }
		]);
	});

	it("moves old links (English sort keys, SQL status names) to today's words, and leaves today's alone", () => {
		const moved = (query: string) => movedViewQuery(new URLSearchParams(query))?.toString() ?? null;
		expect(moved('fylke=46&sorter=municipalities&synkende=1&ar=2019')).toBe(
			'fylke=46&sorter=kommuner&synkende=1&ar=2019'
		);
		expect(moved('sorter=share')).toBe('sorter=andel');
		expect(moved('sorter=inter_municipal')).toBe('sorter=delt');
		expect(moved('status=own%2Cnone&fase=75')).toBe('status=egen%2Cuten&fase=75');
		expect(moved('sort=covered&dir=desc')).toBe('sorter=dekket&synkende=1');
		for (const today of ['', 'sorter=kommuner&synkende=1', 'status=egen,uten', 'sorter=drop', 'kart=5,60,4'])
			expect(moved(today)).toBeNull();
		// What a moved link says is what the old one meant.
		const view = readView(new URLSearchParams(moved('sorter=uncovered&status=inter_municipal')!), years);
		expect(view).toMatchObject({ sort: 'uncovered', statuses: ['inter_municipal'] });
	});
});
