// What `vite dev` starts as soon as it listens (see the dev-warm-up plugin in vite.config.ts): opening the
// database and reading the public snapshot, so that the first request finds them ready or under way instead
// of starting them after SvelteKit has loaded the hooks and the page's modules one by one.
import { snapshotStore } from './public-data.ts';

export async function warmUp(): Promise<void> {
	// A failure is the first request's to report: the snapshot store logs it once and the page says so.
	await snapshotStore()
		.get()
		.catch(() => {});
}
