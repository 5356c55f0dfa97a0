import type { Page } from '@playwright/test';

/**
 * Holds the app's scripts back until the returned function is called, as on a slow phone: the page is there,
 * and the reader can use its native controls before hydration.
 */
export async function holdScripts(page: Page): Promise<() => void> {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await released;
		await route.continue();
	});
	return release;
}
