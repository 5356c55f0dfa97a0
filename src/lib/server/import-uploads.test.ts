import { describe, expect, it } from 'vitest';
import { UploadStore } from './import-uploads.ts';

const file = (text: string) => ({ text, encoding: 'utf-8' as const, fileName: 'f.csv' });

describe('UploadStore', () => {
	it('gives an upload back to the session that made it, and to no other', () => {
		const store = new UploadStore();
		const id = store.put('session-a', file('full_name\nKari\n'));
		expect(id).toMatch(/^[0-9a-f-]{36}$/);
		expect(store.get('session-a', id)?.text).toBe('full_name\nKari\n');
		expect(store.get('session-b', id)).toBeNull();
		expect(store.get('session-a', 'not-an-id')).toBeNull();
	});

	it('forgets an upload when its time is up', () => {
		let now = 0;
		const store = new UploadStore({ ttlMs: 1000, maxBytes: 1e6, perOwner: 3 }, () => now);
		const id = store.put('s', file('a'));
		now = 999;
		expect(store.get('s', id)).not.toBeNull();
		now = 1000;
		expect(store.get('s', id)).toBeNull();
	});

	it('stays within its byte budget and a few uploads per session, oldest first', () => {
		const store = new UploadStore({ ttlMs: 1e9, maxBytes: 100, perOwner: 2 });
		const first = store.put('s', file('x'.repeat(20)));
		const second = store.put('s', file('x'.repeat(20)));
		const third = store.put('s', file('x'.repeat(20)));
		expect(store.get('s', first)).toBeNull();
		expect(store.get('s', second)).not.toBeNull();
		const big = store.put('t', file('y'.repeat(25)));
		expect(store.get('s', second)).toBeNull();
		expect(store.get('s', third)).not.toBeNull();
		expect(store.get('t', big)).not.toBeNull();
	});
});
