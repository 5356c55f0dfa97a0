import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter(),
		// Root-relative links (/kommune/…), so that the language prefix can be put in front of them.
		paths: { relative: false },
		// Small stylesheets go inline: no render-blocking request before the first paint on a slow connection.
		// SvelteKit adds their hashes to the Content-Security-Policy.
		inlineStyleThreshold: 6144,
		// A strict Content-Security-Policy: SvelteKit adds the hash of its own inline script (hashes rather
		// than nonces, so that a public page can be cached and served again as it is). Workers from blob:
		// are for MapLibre. Style attributes are allowed (positioning of popovers). frame-ancestors is set per
		// route in src/hooks.server.ts (the embed view may be framed, nothing else).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
