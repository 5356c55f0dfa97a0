// Links to the app's own pages, in the reader's language, over SvelteKit's base path.
import { resolve } from '$app/paths';
import { localizeHref } from '$lib/paraglide/runtime';
import { municipalitySlug } from './slug.ts';

/** /kommune/4627-askoy, with the language prefix (/nn/…, /en/…) of the current page. */
export function municipalityHref(kommunenummer: string, nameNorwegian: string): string {
	return localizeHref(resolve('/kommune/[slug]', { slug: municipalitySlug(kommunenummer, nameNorwegian) }));
}

const SLUG_PLACEHOLDER = 'kommune-slug';

/**
 * The same links for many municipalities at once (lists, the map). Paraglide works out the language for each
 * link it localizes, which costs about 0.1 ms: 357 links took some 30 ms of the front page's hydration. The
 * path is worked out once here, and slugs (a–z, 0–9 and -) go into it as they are.
 */
export function municipalityHrefMaker(): (kommunenummer: string, nameNorwegian: string) => string {
	const [before, after] = municipalityHref('0000', SLUG_PLACEHOLDER).split(`0000-${SLUG_PLACEHOLDER}`);
	return (kommunenummer, nameNorwegian) => before + municipalitySlug(kommunenummer, nameNorwegian) + after;
}
