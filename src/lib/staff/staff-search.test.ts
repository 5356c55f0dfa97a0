import { describe, expect, it } from 'vitest';
import { matchesQuery } from './staff-search';

const askoy = {
	names: ['Kreftkoordinator i Askøy', 'Askøy', 'Vestland', 'Kari Nordmann'],
	numbers: ['4627']
};

describe('matchesQuery', () => {
	it.each([
		['askoy', true],
		['ASKØY', true],
		['Askøy', true],
		['4627', true],
		['46', true],
		['27', false],
		['vestland', true],
		['kari', true],
		['nordmann askoy', true],
		['nordmann bergen', false],
		['', true],
		['  ', true],
		['bodo', false]
	])('%s → %s', (query, expected) => expect(matchesQuery(query, askoy)).toBe(expected));

	it('folds the record as well as the query (Sami letters, accents)', () => {
		expect(matchesQuery('raarvihke', { names: ['Raarvihke - Røyrvik'], numbers: [] })).toBe(true);
		expect(matchesQuery('royrvik', { names: ['Raarvihke - Røyrvik'], numbers: [] })).toBe(true);
		expect(matchesQuery('karasjok', { names: ['Kárášjohka - Karasjok'], numbers: [] })).toBe(true);
		expect(matchesQuery('karasjohka', { names: ['Kárášjohka - Karasjok'], numbers: [] })).toBe(true);
	});
});
