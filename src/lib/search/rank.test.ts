// Name folding and ranking on real queries, over the whole index built from the real reference data.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildSearchIndex } from './index.ts';
import { search } from './rank.ts';
import { searchKey } from './normalize.ts';
import { compactSearchIndexFrom } from '$lib/server/data/search-index';
import type { ReferenceData } from '$lib/server/data/reference-data';
import { DATA_DIR, DATA_FILES } from '$lib/server/data/files';

const reference = JSON.parse(readFileSync(`${DATA_DIR}/${DATA_FILES.reference}`, 'utf8')) as ReferenceData;
const index = buildSearchIndex(compactSearchIndexFrom(reference));
const top = (query: string) => search(index, query)[0];

describe('search keys', () => {
	it.each([
		['Bærum', 'baerum', 'barum'],
		['Tromsø', 'tromso', 'TROMSØ'],
		['Åsnes', 'asnes', 'Aasnes'],
		['Ålesund', 'aalesund', 'alesund'],
		['Porsáŋgu', 'porsangu', 'PORSANGU']
	])('%s, %s and %s are the same key', (a, b, c) => {
		expect(searchKey(a)).toBe(searchKey(b));
		expect(searchKey(b)).toBe(searchKey(c));
	});
});

describe('ranking real queries', () => {
	it.each([
		['baerum', '3201'],
		['Bærum', '3201'],
		['tromso', '5501'],
		['Tromsø', '5501'],
		['Guovdageaidnu', '5612'],
		['kautokeino', '5612'],
		['guovda', '5612'],
		['Asnes', '3418'],
		['Aalesund', '1508'],
		['aal', '3328'],
		['Ål', '3328'],
		['oslo', '0301'],
		['bergen', '4601'],
		['askøy', '4627'],
		['Kleppestø', '4627'],
		['sandvika', '3201'],
		['porsanki', '5622']
	])('%j finds %s first', (query, kommunenummer) => {
		expect(top(query)?.kommunenummer).toBe(kommunenummer);
	});

	it('a postal code leads to its municipality, showing the place name', () => {
		expect(top('5300')).toMatchObject({
			kind: 'postal_code',
			postnummer: '5300',
			poststed: 'KLEPPESTØ',
			kommunenummer: '4627'
		});
		expect(top('0150')).toMatchObject({ kind: 'postal_code', poststed: 'OSLO', kommunenummer: '0301' });
	});

	it('the first digits of a postal code list the codes that start with them, in order', () => {
		const results = search(index, '530');
		expect(results.length).toBeGreaterThan(1);
		expect(results.every((r) => r.kind === 'postal_code' && r.postnummer.startsWith('530'))).toBe(true);
		const codes = results.map((r) => (r.kind === 'postal_code' ? r.postnummer : ''));
		expect(codes).toEqual([...codes].sort());
	});

	it('a kommunenummer finds the municipality', () => {
		expect(search(index, '4627').map((r) => r.kind)).toContain('municipality');
	});

	it('says which official name matched when it is not the first one', () => {
		expect(top('Kautokeino')).toMatchObject({ name: 'Guovdageaidnu - Kautokeino' });
	});

	it('ranks the municipality above a place with the same name, and bigger municipalities first on a tie', () => {
		expect(
			search(index, 'Herøy')
				.slice(0, 2)
				.map((r) => r.kind)
		).toEqual(['municipality', 'municipality']);
		expect(
			search(index, 'våler')
				.slice(0, 2)
				.map((r) => r.kommunenummer)
				.sort()
		).toEqual(['3114', '3419']);
	});

	it('finds nothing for nonsense and for an empty query', () => {
		expect(search(index, 'xqzqxq')).toEqual([]);
		expect(search(index, '   ')).toEqual([]);
		expect(search(index, '9999')).toEqual([]);
	});

	it('resolves every postal code to a 2024 municipality', () => {
		const numbers = new Set(reference.municipalities.map((m) => m.kommunenummer));
		for (const [postnummer, , kommunenummer] of index.postalCodes) {
			expect(numbers.has(kommunenummer), postnummer).toBe(true);
			const result = search(index, postnummer)[0];
			expect(result).toMatchObject({ kind: 'postal_code', postnummer, kommunenummer });
		}
	});
});
