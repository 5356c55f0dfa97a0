// The public pages' data: the in-memory snapshot over the configured database (see snapshot-store.ts).
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { database } from './db/index.ts';
import { forget, memoize, SnapshotStore, type SnapshotState } from './snapshot-store.ts';
import { MEMO } from './memo-keys.ts';
import type { CoverageTimeline, HistoryYear } from '$lib/coverage/schema';

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

/** The first year of the programme: the Cancer Society has co-funded coordinators since 2012. */
export const FIRST_YEAR = 2012;

/** The timeline for the policy view, made once per snapshot (it changes exactly when the snapshot does). */
export async function publicTimeline(): Promise<CoverageTimeline> {
	const { snapshot } = await publicState();
	const toYear = Number(snapshot.data.map.at.slice(0, 4));
	return memoize(snapshot, MEMO.timeline(toYear), async () => {
		try {
			return await (await database()).coverageTimeline(FIRST_YEAR, toYear);
		} catch (cause) {
			forget(snapshot, MEMO.timeline(toYear));
			console.error('timeline unavailable:', cause);
			error(503, m.data_unavailable());
		}
	});
}

/** Each municipality's years as last read, for when the database cannot answer (like the kept snapshot). */
const lastKnownHistory = new Map<string, HistoryYear[]>();

/** How long a page waits for a municipality's years after a data change before it shows the last ones read. */
const HISTORY_WAIT_MS = 300;

/** The reading, or 'late' when it takes longer than HISTORY_WAIT_MS (no timer is left behind). */
async function withinWait<T>(reading: Promise<T>): Promise<T | 'late'> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<'late'>((done) => (timer = setTimeout(done, HISTORY_WAIT_MS, 'late')));
	try {
		return await Promise.race([reading, late]);
	} finally {
		clearTimeout(timer);
	}
}

/**
 * One municipality's years since 2012 (public.municipality_history), read for that municipality alone (a
 * fraction of a second, where every municipality's at once took seconds after each save) and kept for the
 * snapshot, so that the page, the panel (which loads the page's data) and the fact sheet share one query.
 * After a data change a page does not wait long for it: the years as last read stand in, marked not
 * `current` (the page is then not cached, so the next request has the new years). When the database does
 * not answer, the page still renders: with the years as last read, or with none (the page then says the
 * history is not available right now).
 */
export async function municipalityHistory(
	kommunenummer: string
): Promise<{ years: HistoryYear[]; current: boolean }> {
	const { snapshot } = await publicState();
	const toYear = Number(snapshot.data.map.at.slice(0, 4));
	const key = MEMO.history(toYear, kommunenummer);
	const reading = memoize(snapshot, key, async () => {
		try {
			const years = await (await database()).municipalityHistories(FIRST_YEAR, toYear, kommunenummer);
			const own = years[kommunenummer] ?? [];
			lastKnownHistory.set(kommunenummer, own);
			return own;
		} catch (cause) {
			forget(snapshot, key);
			console.error('municipality history unavailable:', cause);
			return null;
		}
	});
	const known = lastKnownHistory.get(kommunenummer);
	const read = known ? await withinWait(reading) : await reading;
	if (read === 'late' || read === null) return { years: known ?? [], current: false };
	return { years: read, current: true };
}

/** What the policy pages (/statistikk and its embed view) need: the timeline and the places. */
export async function policyPageData() {
	const [{ snapshot }, timeline] = await Promise.all([publicState(), publicTimeline()]);
	return {
		timeline,
		municipalities: snapshot.data.map.municipalities,
		counties: snapshot.data.map.counties
	};
}
