// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** SVG markup of the map, put into the page's map slot after rendering. */
			svgMapMarkup?: string;
		}
	}
}

export {};
