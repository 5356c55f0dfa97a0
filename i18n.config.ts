// Paraglide's options, shared by Vite (dev, build, tests) and scripts/compile-i18n.ts (type checking).
import type { CompilerOptions } from '@inlang/paraglide-js';

export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	// The language is in the URL: bokmål at /, nynorsk at /nn/…, English at /en/….
	strategy: ['url', 'baseLocale'],
	urlPatterns: [
		{
			pattern: '/:path(.*)?',
			localized: [
				['nn', '/nn/:path(.*)?'],
				['en', '/en/:path(.*)?'],
				['nb', '/:path(.*)?']
			]
		}
	]
} satisfies CompilerOptions;
