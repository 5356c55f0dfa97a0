// Stable, readable municipality URLs: /kommune/4627-askoy. The number decides; the name part is for people.

import { foldedWords } from './text/fold.ts';

export function slugify(name: string): string {
	return foldedWords(name, '-');
}

export function municipalitySlug(kommunenummer: string, nameNorwegian: string): string {
	return `${kommunenummer}-${slugify(nameNorwegian)}`;
}

/**
 * The kommunenummer in a URL segment such as "4627-askoy" or "4627", or null. The name part may be anything
 * ("4627-ASKOY", "4627-Askøy"): the page redirects to the canonical slug.
 */
export function parseMunicipalitySlug(segment: string): string | null {
	const match = /^(\d{4})(?:-.*)?$/su.exec(segment);
	return match ? match[1] : null;
}
