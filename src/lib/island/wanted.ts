// When a part of a page that hydrates on its own (Island.svelte) should come alive: the reader reaches into
// it, or it comes near the viewport. Not when the page is merely quiet: a part far below the first screen
// would then hydrate while a phone is still busy with the page (Lighthouse counted it as blocking time), and
// its server HTML is complete until the reader goes there. Each start but the reader's own runs in a task of
// its own, so that no part lengthens the page's hydration or another part's.

/**
 * The events that say the reader reaches into the part. They wake it at once, before the event's own work:
 * hydration keeps the server's nodes, so focus, a pressed pointer and the click that follows stay where they
 * are and find the handlers in place.
 */
const INTENTS = ['pointerenter', 'pointerdown', 'touchstart', 'focusin', 'keydown', 'click'] as const;

/**
 * Calls `wake` once, when `element`'s part is wanted; returns a function that stops waiting. Coming near the
 * viewport is half a screen ahead, so that a part is alive before it is seen when the reader scrolls.
 */
export function whenIslandWanted(element: HTMLElement, wake: () => void): () => void {
	let observer: IntersectionObserver | undefined;
	let soon: ReturnType<typeof setTimeout> | undefined;
	const stop = () => {
		for (const name of INTENTS) element.removeEventListener(name, now, { capture: true });
		observer?.disconnect();
		clearTimeout(soon);
	};
	function now() {
		stop();
		wake();
	}
	// Several parts coming into view together would share the observers' task: each gets a task of its own.
	const later = () => {
		observer?.disconnect();
		soon ??= setTimeout(now);
	};
	for (const name of INTENTS) element.addEventListener(name, now, { capture: true, passive: true });
	if (typeof IntersectionObserver === 'undefined') later();
	else {
		observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && later(), {
			rootMargin: '50% 0px'
		});
		observer.observe(element);
	}
	return stop;
}
