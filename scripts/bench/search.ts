// Search latency per keystroke over the whole index: every prefix of a set of real queries, typed one
// character at a time, as the search box answers them in the browser.
import { readFileSync } from 'node:fs';
import { buildSearchIndex } from '../../src/lib/search/index.ts';
import { search } from '../../src/lib/search/rank.ts';
import { compactSearchIndexFrom } from '../../src/lib/server/data/search-index.ts';
import type { ReferenceData } from '../data/reference.ts';
import { DATA_DIR, DATA_FILES } from '../data/outputs.ts';
import { summarize, type Measurement } from './stats.ts';

const QUERIES = [
	'baerum',
	'tromso',
	'Guovdageaidnu',
	'kautokeino',
	'5300',
	'0150',
	'aal',
	'Kleppestø',
	'Bergen',
	'Oslo',
	'Nordre Follo',
	'Raarvihke',
	'Porsanger',
	'Lillehammer',
	'mo i rana',
	'Hammerfest',
	'Stavanger',
	'9008',
	'Kristiansand',
	'Sandvika',
	'Ålesund',
	'Aalesund',
	'vaaler',
	'Herøy',
	'Nesttun',
	// Slips and forms answered by edit distance and by dropping the word for municipality
	'Kristiansnad',
	'Tronheim',
	'Fredrikstd',
	'Molde kommune',
	'Guovdageidnu'
];

export function benchSearch(rounds = 20): Measurement {
	const reference = JSON.parse(readFileSync(`${DATA_DIR}/${DATA_FILES.reference}`, 'utf8')) as ReferenceData;
	const compact = compactSearchIndexFrom(reference);
	const buildStart = performance.now();
	const index = buildSearchIndex(compact);
	const buildMs = performance.now() - buildStart;
	const samples: number[] = [];
	for (let round = 0; round < rounds; round++) {
		for (const query of QUERIES) {
			for (let n = 1; n <= query.length; n++) {
				const start = performance.now();
				search(index, query.slice(0, n));
				samples.push(performance.now() - start);
			}
		}
	}
	return {
		name: 'Search latency per keystroke',
		unit: 'ms',
		...summarize(samples),
		target: { median: 5 },
		notes:
			`${index.municipalities.length} municipalities, ${index.postalCodes.length} postal codes, ${index.places.length} places; ` +
			`${QUERIES.length} queries typed one character at a time, ${rounds} rounds; index built in ${buildMs.toFixed(1)} ms; ` +
			`index download ${Buffer.byteLength(JSON.stringify(compact))} bytes before compression`
	};
}
