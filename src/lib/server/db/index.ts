// The one data-access module. Pages ask it for public data; it picks the transport (Supabase when configured,
// else the embedded PGlite) and checks every result against the shapes in $lib/coverage/schema.
import {
	coverageTimeline,
	type CoverageTimeline,
	mapSnapshot,
	municipalityDetail,
	municipalityHistories,
	type MunicipalityHistories,
	phaseChanges,
	publicSnapshot,
	type MapSnapshot,
	type MunicipalityDetail,
	type PublicSnapshotData
} from '$lib/coverage/schema';
import { env } from '$env/dynamic/private';
import { env as publicEnv } from '$env/dynamic/public';
import type { Transport } from './transport.ts';
import { supabaseTransport } from './supabase.ts';
import { defaultDataDir, embeddedTransport, openEmbedded } from './embedded.ts';
import { chooseBackend, type Backend } from './backend.ts';

export interface PublicData {
	readonly transport: Transport['name'];
	mapSnapshot(at?: string): Promise<MapSnapshot>;
	municipalityDetail(kommunenummer: string, at?: string): Promise<MunicipalityDetail | null>;
	/** Everything the public pages show, today. */
	publicSnapshot(): Promise<PublicSnapshotData>;
	/** Changes whenever the public snapshot would. */
	dataVersion(): Promise<string>;
	/** Status and funding phase of every municipality at the end of each year, with summaries. */
	coverageTimeline(fromYear: number, toYear: number): Promise<CoverageTimeline>;
	/** Every municipality's years (public.municipality_history), keyed by kommunenummer. */
	/** Years of one municipality, or of all when none is named, keyed by kommunenummer. */
	municipalityHistories(
		fromYear: number,
		toYear: number,
		kommunenummer?: string
	): Promise<MunicipalityHistories>;
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
		},
		async publicSnapshot() {
			return publicSnapshot.parse(await transport.rpc('public_snapshot', {}));
		},
		async dataVersion() {
			return String(await transport.rpc('data_version', {}));
		},
		async coverageTimeline(fromYear, toYear) {
			const years = { p_from_year: fromYear, p_to_year: toYear };
			const [timeline, changes] = await Promise.all([
				transport.rpc('coverage_timeline', years),
				transport.rpc('phase_changes', years)
			]);
			return { ...coverageTimeline.parse(timeline), phase_changes: phaseChanges.parse(changes) };
		},
		async municipalityHistories(fromYear, toYear, kommunenummer) {
			return municipalityHistories.parse(
				await transport.rpc('municipality_history', {
					...(kommunenummer ? { p_kommunenummer: kommunenummer } : {}),
					p_from_year: fromYear,
					p_to_year: toYear
				})
			);
		}
	};
}

/** The process's backend, from its environment (see backend.ts: the one place that decides). */
export function backend(): Backend {
	return chooseBackend({ ...publicEnv, KOORDINATORKART_PGLITE_DIR: env.KOORDINATORKART_PGLITE_DIR });
}

/** Opens the transport of a backend: supabase-js for Supabase, else the embedded database. */
export async function openTransport(chosen: Backend): Promise<Transport> {
	if (chosen.kind === 'supabase') return supabaseTransport(chosen.url, chosen.anonKey);
	const db = await openEmbedded({
		dataDir: chosen.dataDir || defaultDataDir(),
		log: (m) => console.log(m)
	});
	return embeddedTransport(db);
}

// One transport per server process. Kept on globalThis so that Vite's module reloading in development does
// not open the embedded database twice.
const key = Symbol.for('koordinatorkart.transport');
type Holder = { [key]?: Promise<Transport> };

export function database(): Promise<PublicData> {
	return transport().then(publicData);
}

/** The process's transport (for the staff data module, which calls as the signed-in user). */
export function transport(): Promise<Transport> {
	const holder = globalThis as Holder;
	holder[key] ??= openTransport(backend()).catch((error: unknown) => {
		delete holder[key];
		throw error;
	});
	return holder[key];
}
