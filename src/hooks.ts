import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

// /nn/kommune/… and /en/kommune/… are the same routes as /kommune/…; the language comes from the prefix.
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
