import { describe, expect, it } from 'vitest';
import type { HistoryRow } from '$lib/coverage/schema';
import { toCsv } from '$lib/csv';
import { countiesCsv, municipalitiesCsv, sharePercent } from './exports-csv.ts';

const row = (
	fylkesnummer: string | null,
	covered: number,
	population: number,
	populationCovered: number
): HistoryRow => ({
	year: 2014,
	at: '2014-12-31',
	fylkesnummer,
	municipalities: 10,
	own: covered,
	inter_municipal: 0,
	uncovered: 10 - covered,
	covered,
	population_year: 2024,
	population,
	population_covered: populationCovered
});

describe('dashboard CSV files', () => {
	it('rounds shares to percentages with one decimal', () => {
		expect(sharePercent(0.7336438955760513)).toBe(73.4);
		expect(sharePercent(1)).toBe(100);
		expect(sharePercent(null)).toBeNull();
	});

	it('writes the counties, a total row and the population year in the headings', () => {
		const table = countiesCsv(
			[row('46', 7, 1000, 733), row('03', 1, 500, 500)],
			row(null, 8, 1500, 1233),
			(f) => ({ '46': 'Vestland', '03': 'Oslo' })[f]!
		);
		expect(table.columns).toContain('Befolkning dekket (%)');
		expect(table.columns).toContain('Befolkning 1.1.2024');
		expect(table.rows.map((r) => r['Fylke'])).toEqual(['Vestland', 'Oslo', 'Hele landet']);
		expect(table.rows.map((r) => r['Befolkning dekket (%)'])).toEqual([73.3, 100, 82.2]);
		const csv = toCsv(table.columns, table.rows);
		expect(csv).toContain(';73,3;');
		expect(csv).not.toMatch(/0,\d{4,}/);
	});

	it('gives each municipality its population in the population year, named in the heading', () => {
		const table = municipalitiesCsv(
			[
				{
					kommunenummer: '0301',
					name: 'Oslo',
					fylkesnummer: '03',
					status: 'own',
					phase: 'm',
					inSelection: true,
					colour: '#000'
				}
			],
			() => 'Oslo',
			(k) => (k === '0301' ? 717710 : null),
			2024
		);
		expect(table.columns).toEqual([
			'Kommune',
			'Kommunenummer',
			'Fylke',
			'Status',
			'Finansiering',
			'Innbyggere 1.1.2024'
		]);
		expect(table.rows[0]['Innbyggere 1.1.2024']).toBe(717710);
	});
});
