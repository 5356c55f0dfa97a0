// Links in an earlier URL vocabulary (see $lib/domain/url) move for good to the same view in today's words:
// 308 keeps the method, and bookmarks, search engines and shared links learn the new address.
import { redirect } from '@sveltejs/kit';
import { queryString } from '$lib/domain/url';

/** Redirects (throws) when `moved` is the URL's query in today's words; does nothing for null. */
export function redirectOldLink(url: URL, moved: URLSearchParams | null): void {
	if (moved) redirect(308, `${url.pathname}${queryString(moved)}`);
}
