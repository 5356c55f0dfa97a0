import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { paraglideOptions } from './i18n.config.ts';

export default defineConfig({
	plugins: [paraglideVitePlugin(paraglideOptions), sveltekit()],
	ssr: {
		// PGlite loads its WebAssembly and data files relative to its own module: keep it out of the bundle.
		external: ['@electric-sql/pglite']
	},
	build: {
		rollupOptions: {
			// Fewer, larger chunks: a phone pays a round trip per file, and the first view was some 25 files.
			output: { experimentalMinChunkSize: 20_000 }
		}
	},
	optimizeDeps: { exclude: ['@electric-sql/pglite'] },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 120_000
	}
});
