import type { ClientInit } from '@sveltejs/kit';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { noteTypingBeforeHydration } from '$lib/hydration-input';

// Paraglide works out the language from the page's URL on every message and every localized link: a few
// hundred times while the front page hydrates, a sixth of its script time. The answer can only change with
// the URL, so it is kept until the URL changes.
const localeFromUrl = getLocale;
let last: { href: string; locale: ReturnType<typeof getLocale> } | null = null;
overwriteGetLocale(() => {
	const href = location.href;
	if (last?.href !== href) last = { href, locale: localeFromUrl() };
	return last.locale;
});

// Before hydration: what the reader types now must survive it (src/lib/hydration-input.ts).
export const init: ClientInit = noteTypingBeforeHydration;
