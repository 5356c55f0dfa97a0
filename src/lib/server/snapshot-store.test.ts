import { describe, expect, it, vi } from 'vitest';
import { SnapshotStore, memoize, type SnapshotSource } from './snapshot-store.ts';
import { MEMO } from './memo-keys.ts';
import type { PublicSnapshotData } from '$lib/coverage/schema';

function fakeData(label: string): PublicSnapshotData {
	return {
		map: {
			at: '2026-11-22',
			is_demo: true,
			population_year: 2026,
			last_changed_at: label,
			counties: [],
			municipalities: [],
			summary: []
		},
		details: {}
	};
}

function fakeSource() {
	const state = { version: 'v1', up: true, loads: 0, versions: 0 };
	const source: SnapshotSource = {
		async version() {
			state.versions++;
			if (!state.up) throw new Error('connection refused');
			return state.version;
		},
		async load() {
			if (!state.up) throw new Error('connection refused');
			state.loads++;
			return fakeData(state.version);
		}
	};
	return { state, source };
}

describe('snapshot store', () => {
	it('loads once, then answers from memory until the check interval has passed', async () => {
		let now = 0;
		const { state, source } = fakeSource();
		const store = new SnapshotStore(source, { checkEveryMs: 2000, now: () => now });
		const first = await store.get();
		expect(first.snapshot.data.map.last_changed_at).toBe('v1');
		await store.get();
		await store.get();
		expect(state.versions).toBe(1);
		now = 2500;
		await store.get();
		await store.check();
		expect(state.versions).toBe(2);
		expect(state.loads).toBe(1);
	});

	it('loads a new snapshot when the version changes, with a new validator', async () => {
		let now = 0;
		const { state, source } = fakeSource();
		const store = new SnapshotStore(source, { checkEveryMs: 2000, now: () => now });
		const before = (await store.get()).snapshot;
		state.version = 'v2';
		now = 3000;
		await store.get();
		await store.check();
		const after = (await store.get()).snapshot;
		expect(after.data.map.last_changed_at).toBe('v2');
		expect(after.etag).not.toBe(before.etag);
		expect(after.loadedAt.getTime()).toBe(3000);
	});

	it('keeps serving the last good snapshot, marked stale, while the database is down, and recovers', async () => {
		let now = 0;
		const { state, source } = fakeSource();
		const onError = vi.fn();
		const store = new SnapshotStore(source, { checkEveryMs: 1000, now: () => now, onError });
		await store.get();
		state.up = false;
		now = 1500;
		await store.check();
		const down = await store.get();
		expect(down.stale).toBe(true);
		expect(down.snapshot.data.map.last_changed_at).toBe('v1');
		expect(onError).toHaveBeenCalled();
		state.up = true;
		state.version = 'v3';
		now = 3000;
		await store.check();
		const up = await store.get();
		expect(up.stale).toBe(false);
		expect(up.snapshot.data.map.last_changed_at).toBe('v3');
	});

	it('reports an outage once, however many checks fail while it lasts', async () => {
		let now = 0;
		const { state, source } = fakeSource();
		const onError = vi.fn();
		const store = new SnapshotStore(source, { checkEveryMs: 1000, now: () => now, onError });
		await store.get();
		state.up = false;
		for (let i = 1; i <= 5; i++) {
			now = i * 1500;
			await store.check();
		}
		expect(onError).toHaveBeenCalledTimes(1);
		state.up = true;
		now = 10_000;
		await store.check();
		state.up = false;
		now = 12_000;
		await store.check();
		expect(onError).toHaveBeenCalledTimes(2);
	});

	it('fails clearly when there has never been a snapshot', async () => {
		const { state, source } = fakeSource();
		state.up = false;
		const store = new SnapshotStore(source, { onError: () => {} });
		await expect(store.get()).rejects.toThrow(/database is not reachable/);
	});

	it('shares one check between concurrent requests, and invalidate() checks on the next request', async () => {
		const now = 0;
		const { state, source } = fakeSource();
		const store = new SnapshotStore(source, { checkEveryMs: 60_000, now: () => now });
		await Promise.all([store.get(), store.get(), store.get()]);
		expect(state.versions).toBe(1);
		store.invalidate();
		await store.get();
		await store.check();
		expect(state.versions).toBeGreaterThanOrEqual(2);
	});

	it('memoizes derived values per snapshot', async () => {
		const { source } = fakeSource();
		const store = new SnapshotStore(source);
		const { snapshot } = await store.get();
		const compute = vi.fn(() => 'markup');
		expect(memoize(snapshot, MEMO.nationalSvg('nb'), compute)).toBe('markup');
		expect(memoize(snapshot, MEMO.nationalSvg('nb'), compute)).toBe('markup');
		expect(compute).toHaveBeenCalledTimes(1);
	});
});
