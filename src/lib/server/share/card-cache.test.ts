import { describe, expect, it } from 'vitest';
import { CardCache } from './card-cache.ts';

const png = (bytes: number, fill = 1) => new Uint8Array(bytes).fill(fill);

describe('the share-card cache', () => {
	it('renders a key once: later and concurrent requests get the same image and validator', async () => {
		const cache = new CardCache(1000);
		let renders = 0;
		const render = async () => {
			renders++;
			await new Promise((r) => setTimeout(r, 10));
			return png(100);
		};
		const [a, b] = await Promise.all([cache.get('k', render), cache.get('k', render)]);
		const c = await cache.get('k', render);
		expect(renders).toBe(1);
		expect(a).toBe(b);
		expect(c).toBe(a);
		expect(a !== 'busy' && a.etag).toMatch(/^"card-[\w-]+"$/);
	});

	it('holds no more than its byte budget, dropping the least recently used first', async () => {
		const cache = new CardCache(1000);
		for (let i = 0; i < 20; i++) await cache.get(`k${i}`, async () => png(200, i));
		expect(cache.bytes).toBeLessThanOrEqual(1000);
		expect(cache.size).toBe(5);
		let rendered = false;
		await cache.get('k19', async () => ((rendered = true), png(200)));
		expect(rendered).toBe(false);
		await cache.get('k0', async () => ((rendered = true), png(200)));
		expect(rendered).toBe(true);
	});

	it('draws one card at a time and says busy when too many wait', async () => {
		const cache = new CardCache(10_000, 2);
		let running = 0;
		let most = 0;
		const render = async () => {
			most = Math.max(most, ++running);
			await new Promise((r) => setTimeout(r, 5));
			running--;
			return png(10);
		};
		const results = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((key) => cache.get(key, render)));
		expect(most).toBe(1);
		expect(results.filter((r) => r === 'busy')).toHaveLength(2);
	});
});
