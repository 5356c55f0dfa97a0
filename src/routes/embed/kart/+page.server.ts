import { policyPageData } from '$lib/server/public-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => policyPageData();
