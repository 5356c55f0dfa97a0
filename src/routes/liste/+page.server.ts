import { publicState } from '$lib/server/public-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ snapshot: (await publicState()).snapshot.data.map });
