// Links to the app's own pages, in the reader's language, over SvelteKit's base path.
import { resolve } from '$app/paths';
import { localizeHref } from '$lib/paraglide/runtime';
import { municipalitySlug } from './slug.ts';

/** /kommune/4627-askoy, with the language prefix (/nn/…, /en/…) of the current page. */
export function municipalityHref(kommunenummer: string, nameNorwegian: string): string {
	return localizeHref(resolve('/kommune/[slug]', { slug: municipalitySlug(kommunenummer, nameNorwegian) }));
}
