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

// In development, the embedded database opens and the public snapshot loads as soon as the server listens,
// beside the transforms of the first page's modules instead of after them ($lib/server/warm-up). Only where
// the server listens: not under Vitest, which makes a Vite server too.
const devWarmUp: Plugin = {
	name: 'koordinatorkart:dev-warm-up',
	apply: 'serve',
	configureServer(server) {
		server.httpServer?.once('listening', () => {
			server
				.ssrLoadModule('/src/lib/server/warm-up.ts')
				.then((module) => (module as typeof import('./src/lib/server/warm-up.ts')).warmUp())
				.catch((error: unknown) => server.config.logger.error(`warm-up: ${String(error)}`));
		});
	}
};

export default defineConfig({
	plugins: [paraglideVitePlugin(paraglideOptions), sveltekit(), browserChunks, devWarmUp],
	ssr: {
		// PGlite loads its WebAssembly and data files relative to its own module: keep it out of the bundle.
		external: ['@electric-sql/pglite']
	},
	optimizeDeps: { exclude: ['@electric-sql/pglite'] },
	// The front page's server modules are transformed as soon as the dev server listens, while it waits for
	// its first request (the first page after `npm run dev` was mostly waiting on transforms one by one), and
	// each server module's imports are transformed beside it rather than when it is run (Vite does this for
	// the browser's modules only, unless asked).
	environments: { ssr: { dev: { preTransformRequests: true } } },
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
