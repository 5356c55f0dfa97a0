import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { paraglideOptions } from './i18n.config.ts';

// Fewer, larger chunks for the browser: a phone pays a round trip per file, and the first view was some 25
// files. Only for the browser's build: on the server, merging small chunks into route entries gave those
// entries extra exports that SvelteKit refuses on an endpoint ("Invalid export 'a'"). Rollup merges a small
// chunk without side effects into any chunk, even one the front page loads for nothing (other pages' code,
// code the page imports lazily): at 20 000 that was 2.4 KB more of the front page's first view than at
// 10 000, in the same 18 files (at 5 000: the same bytes in 23 files).
const browserChunks: Plugin = {
	name: 'koordinatorkart:browser-chunks',
	outputOptions(options) {
		return this.environment.config.consumer === 'client'
			? { ...options, experimentalMinChunkSize: 10_000 }
			: options;
	}
};

export default defineConfig({
	plugins: [paraglideVitePlugin(paraglideOptions), sveltekit(), browserChunks],
	ssr: {
		// PGlite loads its WebAssembly and data files relative to its own module: keep it out of the bundle.
		external: ['@electric-sql/pglite']
	},
	optimizeDeps: { exclude: ['@electric-sql/pglite'] },
	// The front page's server modules are transformed as soon as the dev server listens, while it waits for
	// its first request (the first page after `npm run dev` was mostly waiting on transforms one by one).
	server: {
		warmup: {
			ssrFiles: [
				'./src/hooks.server.ts',
				'./src/routes/+layout.svelte',
				'./src/routes/+page.{svelte,server.ts}'
			]
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 120_000
	}
});
