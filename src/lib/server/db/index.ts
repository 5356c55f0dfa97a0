// The one data-access module. Pages ask it for public data; it picks the transport (Supabase when configured,
// else the embedded PGlite) and checks every result against the shapes in $lib/coverage/schema.
import { mapSnapshot, municipalityDetail, type MapSnapshot, type MunicipalityDetail } from '$lib/coverage/schema';
import type { Transport } from './transport.ts';
import { supabaseTransport } from './supabase.ts';
import { defaultDataDir, embeddedTransport, openEmbedded } from './embedded.ts';

export interface PublicData {
	readonly transport: Transport['name'];
	mapSnapshot(at?: string): Promise<MapSnapshot>;
	municipalityDetail(kommunenummer: string, at?: string): Promise<MunicipalityDetail | null>;
}

export function publicData(transport: Transport): PublicData {
	return {
		transport: transport.name,
		async mapSnapshot(at) {
			return mapSnapshot.parse(await transport.rpc('map_snapshot', at ? { p_at: at } : {}));
		},
		async municipalityDetail(kommunenummer, at) {
			const result = await transport.rpc('municipality_detail', {
				p_kommunenummer: kommunenummer,
				...(at ? { p_at: at } : {})
			});
			return result === null ? null : municipalityDetail.parse(result);
		}
	};
}

export async function openTransport(env: NodeJS.ProcessEnv = process.env): Promise<Transport> {
	const url = env.PUBLIC_SUPABASE_URL;
	const anonKey = env.PUBLIC_SUPABASE_ANON_KEY;
	if (url && anonKey) return supabaseTransport(url, anonKey);
	const db = await openEmbedded({ dataDir: defaultDataDir(), log: (m) => console.log(m) });
	return embeddedTransport(db);
}

// One transport per server process. Kept on globalThis so that Vite's module reloading in development does
// not open the embedded database twice.
const key = Symbol.for('koordinatorkart.transport');
type Holder = { [key]?: Promise<Transport> };

export function database(): Promise<PublicData> {
	const holder = globalThis as Holder;
	holder[key] ??= openTransport().catch((error: unknown) => {
		delete holder[key];
		throw error;
	});
	return holder[key].then(publicData);
}
