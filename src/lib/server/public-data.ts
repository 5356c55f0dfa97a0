// The public pages' data: the in-memory snapshot over the configured database (see snapshot-store.ts).
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { database } from './db/index.ts';
import { SnapshotStore, type SnapshotState } from './snapshot-store.ts';

const key = Symbol.for('koordinatorkart.snapshot');
type Holder = { [key]?: SnapshotStore };

export function snapshotStore(): SnapshotStore {
	const holder = globalThis as Holder;
	holder[key] ??= new SnapshotStore({
		version: async () => (await database()).dataVersion(),
		load: async () => (await database()).publicSnapshot()
	});
	return holder[key];
}

/** The snapshot for a page; a clear 503 when there is none and the database cannot be reached. */
export async function publicState(): Promise<SnapshotState> {
	try {
		return await snapshotStore().get();
	} catch (cause) {
		console.error('public data unavailable:', cause);
		error(503, m.data_unavailable());
	}
}
