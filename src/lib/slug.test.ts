import { describe, expect, it } from 'vitest';
import { municipalitySlug, parseMunicipalitySlug, slugify } from './slug.ts';

describe('municipality URLs', () => {
	it.each([
		['Askøy', 'askoy'],
		['Bærum', 'baerum'],
		['Våler', 'valer'],
		['Nord-Odal', 'nord-odal'],
		['Øystre Slidre', 'oystre-slidre'],
		['Raarvihke - Røyrvik', 'raarvihke-royrvik'],
		['Porsáŋgu', 'porsangu']
	])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));

	it('puts the number first so the name part can change', () => {
		expect(municipalitySlug('4627', 'Askøy')).toBe('4627-askoy');
		expect(parseMunicipalitySlug('4627-askoy')).toBe('4627');
		expect(parseMunicipalitySlug('4627')).toBe('4627');
		expect(parseMunicipalitySlug('4627-anything')).toBe('4627');
		expect(parseMunicipalitySlug('4627-ASKOY')).toBe('4627');
		expect(parseMunicipalitySlug('4627-Askøy kommune')).toBe('4627');
	});

	it.each(['askoy', '462', '46271', '4627_askoy', '<script>', ''])('rejects %j', (segment) =>
		expect(parseMunicipalitySlug(segment)).toBeNull()
	);
});
