// The public data in memory. Requests are answered from the last good snapshot; every few seconds a cheap
// version check runs in the background, and a changed version loads a new snapshot. If the database cannot
// be reached, the last good snapshot keeps being served (marked stale, with its time) and the check is
// retried until the database answers again. Only the very first load has to wait for the database.
import { createHash } from 'node:crypto';
import type { PublicSnapshotData } from '$lib/coverage/schema';
import type { MemoKey } from './memo-keys.ts';

export interface SnapshotSource {
	version(): Promise<string>;
	load(): Promise<PublicSnapshotData>;
}

export interface Snapshot {
	version: string;
	/** When this snapshot was read from the database. */
	loadedAt: Date;
	data: PublicSnapshotData;
	/** The map part as JSON, serialized once, with its validator. */
	mapJson: string;
	etag: string;
	/** Per-snapshot memo for derived values (rendered markup and such). */
	memo: Map<string, unknown>;
}

export interface SnapshotState {
	snapshot: Snapshot;
	/** True while the database cannot be reached: the snapshot may be out of date. */
	stale: boolean;
}

export interface SnapshotStoreOptions {
	checkEveryMs?: number;
	now?: () => number;
	/** Called when the database stops answering (once per outage). */
	onError?: (error: unknown) => void;
}

export class SnapshotStore {
	private current: Snapshot | null = null;
	private lastCheck = -Infinity;
	private failing = false;
	private inFlight: Promise<void> | null = null;
	private readonly checkEveryMs: number;
	private readonly now: () => number;
	private readonly onError: (error: unknown) => void;

	constructor(
		private readonly source: SnapshotSource,
		options: SnapshotStoreOptions = {}
	) {
		this.checkEveryMs = options.checkEveryMs ?? 2000;
		this.now = options.now ?? Date.now;
		this.onError = options.onError ?? ((error) => console.error('snapshot:', error));
	}

	/** The snapshot to answer with. Waits only when there is none yet; throws if that first load fails. */
	async get(): Promise<SnapshotState> {
		const state = this.peek();
		if (state) return state;
		await this.check();
		if (!this.current) throw new Error('The public data could not be loaded: the database is not reachable.');
		return { snapshot: this.current, stale: this.failing };
	}

	/** The snapshot without waiting (null if there is none yet); starts a background check when one is due. */
	peek(): SnapshotState | null {
		if (!this.current) return null;
		if (this.now() - this.lastCheck >= this.checkEveryMs) void this.check();
		return { snapshot: this.current, stale: this.failing };
	}

	/** After an edit: check again on the next request instead of waiting for the interval. */
	invalidate(): void {
		this.lastCheck = -Infinity;
	}

	/** Checks the version and loads a new snapshot when it changed. Concurrent callers share one check. */
	check(): Promise<void> {
		this.inFlight ??= this.runCheck().finally(() => (this.inFlight = null));
		return this.inFlight;
	}

	private async runCheck(): Promise<void> {
		this.lastCheck = this.now();
		try {
			const version = await this.source.version();
			if (!this.current || version !== this.current.version) {
				const data = await this.source.load();
				const mapJson = JSON.stringify(data.map);
				this.current = {
					version,
					loadedAt: new Date(this.now()),
					data,
					mapJson,
					etag: `"${createHash('sha1').update(version).update(mapJson).digest('base64url').slice(0, 20)}"`,
					memo: new Map()
				};
			}
			this.failing = false;
		} catch (error) {
			// Reported once per outage, not at every check while it lasts.
			if (!this.failing) this.onError(error);
			this.failing = true;
		}
	}
}

/** A value derived from the snapshot, computed once per snapshot (its key names it: see memo-keys.ts). */
export function memoize<T>(snapshot: Snapshot, key: MemoKey<T>, compute: () => T): T {
	if (!snapshot.memo.has(key)) snapshot.memo.set(key, compute());
	return snapshot.memo.get(key) as T;
}

/** Drops a derived value (one that failed), so that the next request computes it again. */
export function forget(snapshot: Snapshot, key: MemoKey<unknown>): void {
	snapshot.memo.delete(key);
}
