// Real misspellings and forms people type, each with the municipality that must come first, over the whole
// index built from the real reference data (2024 municipalities, postal codes and the 2020 structure).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildSearchIndex } from './index.ts';
import { search, soleMatch } from './rank.ts';
import { editDistances } from './distance.ts';
import { compactSearchIndexFrom } from '$lib/server/data/search-index';
import type { ReferenceData } from '../../../scripts/data/reference.ts';
import { DATA_DIR, DATA_FILES } from '../../../scripts/data/outputs.ts';

const reference = JSON.parse(readFileSync(`${DATA_DIR}/${DATA_FILES.reference}`, 'utf8')) as ReferenceData;
const index = buildSearchIndex(compactSearchIndexFrom(reference));

// [typed, expected first kommunenummer]
const CASES: [string, string][] = [
	// Slips: a letter left out, doubled, swapped or wrong
	['Kristiansnad', '4204'],
	['Kristainsand', '4204'],
	['Kristiansandd', '4204'],
	['Tronheim', '5001'],
	['Trondhiem', '5001'],
	['Trondheimm', '5001'],
	['Fredrikstd', '3107'],
	['Fredrikstaad', '3107'],
	['Fredriksatd', '3107'],
	['Lilehammer', '3405'],
	['Lillehamer', '3405'],
	['Stavangr', '1103'],
	['Stavagner', '1103'],
	['Drammn', '3301'],
	['Sarpsbrog', '3105'],
	['Porsgrun', '4001'],
	['Haugesnud', '1106'],
	['Kristiansunn', '1505'],
	['Tønsber', '3905'],
	['Tonsberg', '3905'],
	['Hammerfets', '5603'],
	['Gjovik', '3407'],
	['Gjøvikk', '3407'],
	['Elverumm', '3420'],
	['Kongsbreg', '3303'],
	['Levangr', '5037'],
	['Steinkjær', '5006'],
	['Lørenskg', '3222'],
	['Nesoden', '3212'],
	['Nordre Folo', '3207'],
	['Nordrefollo', '3207'],
	['Indre Ostfold', '3118'],
	['Bjornafjorden', '4624'],
	['Sunfjord', '4647'],
	['Ullensvangg', '4618'],
	// Older and other spellings
	['Trondhjem', '5001'],
	['Aalesund', '1508'],
	['Ålesun', '1508'],
	// "X kommune", "X herad" and the word in Sami and English
	['Molde kommune', '1506'],
	['Kvam herad', '4622'],
	['Ullensvang herad', '4618'],
	['Bergen kommune', '4601'],
	['kommune Bodø', '1804'],
	['Tromsø municipality', '5501'],
	['Kárášjoga gielda', '5610'],
	['Guovdageainnu suohkan', '5612'],
	// ASCII forms
	['Askoy', '4627'],
	['Baerum', '3201'],
	['Barum', '3201'],
	['Tromso', '5501'],
	['Bodo', '1804'],
	['Hamaroy', '1875'],
	['Sorfold', '1845'],
	['Lorenskog', '3222'],
	['Royrvik', '5043'],
	// Sami and Kven names, also with slips and without diacritics
	['Karasjohka', '5610'],
	['Guovdageaidnu', '5612'],
	['Guovdageidnu', '5612'],
	['Deatnu', '5628'],
	['Unjarga', '5636'],
	['Gaivuotna', '5540'],
	['Kaivuono', '5540'],
	['Porsanki', '5622'],
	['Omasvuono', '5538'],
	['Hamarfeasta', '5603'],
	['Snåase', '5041'],
	['Traante', '5001'],
	['Habmer', '1875'],
	['Loabak', '5518'],
	['Harsttak', '5503'],
	// Postal codes and places, also misspelt
	['9008', '5501'],
	['5300', '4627'],
	['0150', '0301'],
	['Kleppesto', '4627'],
	['Kleppestø', '4627'],
	['Sandvika', '3201'],
	['Sandvkia', '3201'],
	['Mo i Rana', '1833'],
	['Mosjoen', '1824'],
	['Mosjøn', '1824'],
	['Leknes', '1860'],
	['Florø', '4602'],
	['Nesttun', '4601'],
	['Kirkenes', '5605'],
	['Honningsvåg', '5620'],
	// A 2020 kommunenummer that is no postal code leads to today's municipality
	['3020', '3207'],
	['3807', '4003']
];

describe('misspellings and other forms find the right municipality first', () => {
	it('has at least 60 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(60));
	it.each(CASES)('%j → %s', (query, kommunenummer) => {
		expect(search(index, query)[0]?.kommunenummer).toBe(kommunenummer);
	});
});

describe('results', () => {
	it('list each municipality once', () => {
		for (const query of ['Kristiansand', 'Bergen', 'Oslo', 'Tromsø', 'sand', 'Mo', 'Herøy', 'vik']) {
			const numbers = search(index, query, 30)
				.filter((r) => r.kind !== 'postal_code')
				.map((r) => r.kommunenummer);
			expect(new Set(numbers).size, query).toBe(numbers.length);
		}
	});

	it.each([
		['Tromsø', '5501'],
		['tromso', '5501'],
		['9008', '5501'],
		['Bergen', '4601'],
		['Kristiansand', '4204'],
		['Molde kommune', '1506'],
		['Kleppestø', '4627'],
		['Kautokeino', '5612']
	])('%j means one municipality (%s)', (query, kommunenummer) => {
		expect(soleMatch(search(index, query))?.kommunenummer).toBe(kommunenummer);
	});

	it.each(['Herøy', 'Våler', 'Tronheim', 'Kristiansnad', 'Tr', '530', '1507'])(
		'%j does not decide alone',
		(query) => expect(soleMatch(search(index, query))).toBeNull()
	);

	it('a 2020 kommunenummer that is also a postal code lists both', () => {
		const results = search(index, '5401');
		expect(results[0]).toMatchObject({ kind: 'postal_code', postnummer: '5401' });
		expect(results).toContainEqual(
			expect.objectContaining({ kommunenummer: '5501', former: { name: 'Tromsø', kommunenummer: '5401' } })
		);
		expect(soleMatch(results)).toBeNull();
	});

	it('a 2020 municipality that was split leads to every part of it', () => {
		const parts = search(index, '1507').map((r) => r.kommunenummer);
		expect(parts).toEqual(expect.arrayContaining(['1508', '1580']));
	});

	it('nonsense and short slips find nothing', () => {
		expect(search(index, 'xqzqxq')).toEqual([]);
		expect(search(index, 'zzzzzzzzzz')).toEqual([]);
	});
});

describe('edit distance', () => {
	it.each([
		['kristiansnad', 'kristiansand', 1, 1],
		['tronheim', 'trondheim', 1, 1],
		['abc', 'abc', 0, 0],
		['kristians', 'kristiansand', 3, 0],
		['ab', 'ba', 1, 1]
	])('%s → %s: whole %i, start %i', (query, key, whole, start) => {
		expect(editDistances(query, key, 3)).toEqual({ whole, start });
	});

	it('gives up past the allowed edits', () => {
		expect(editDistances('oslo', 'trondheim', 1).whole).toBe(Infinity);
	});
});
