// See https://svelte.dev/docs/kit/types#app.d.ts
import type { HistoryYear, MunicipalityDetail, NearbyMunicipality } from '$lib/coverage/schema';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** The error page's heading, where it can say more than «Noe gikk galt» (e.g. «Bare for administratorer»). */
			title?: string;
		}
		interface PageState {
			/** The municipality open in the front page's panel (shallow routing: the URL is its page). */
			municipality?: {
				detail: MunicipalityDetail;
				nearby: NearbyMunicipality[];
				/** Its years since 2012 (public.municipality_history). */
				history: HistoryYear[];
				/** How many panel steps are in the history since the front page, for closing back to it. */
				depth: number;
			};
		}
		interface Locals {
			/** The signed-in staff member's session (see $lib/server/auth), or null. */
			session: import('$lib/server/auth/session').Session | null;
			/** SVG markup of the map, put into the page's map slot after rendering. */
			svgMapMarkup?: string;
		}
	}
}

export {};
