// Rendered share cards, kept in memory. Keys hold the snapshot version, the language and the view as the
// card reads it (normalised), so every URL that means the same card shares one render, and an edit makes the
// old entries unreachable; the least recently used go first when the byte budget is full (the production
// server runs with a small heap). A render is CPU work: one runs at a time (another core stays free for
// pages), a miss that arrives while its key is rendering waits for that render, and when too many wait the
// answer is "busy" (the route says 503 with Retry-After) rather than a queue that grows without end.
import { createHash } from 'node:crypto';

export interface CardImage {
	png: Uint8Array;
	etag: string;
}

export class CardCache {
	private readonly entries = new Map<string, CardImage>();
	private readonly rendering = new Map<string, Promise<CardImage>>();
	private stored = 0;
	private busy = false;
	private readonly waiting: (() => void)[] = [];

	constructor(
		private readonly maxBytes = 8 * 2 ** 20,
		private readonly maxWaiting = 16
	) {}

	get bytes(): number {
		return this.stored;
	}

	get size(): number {
		return this.entries.size;
	}

	/** The card for the key: from memory, from a render of it already running, or rendered now. */
	async get(key: string, render: () => Promise<Uint8Array>): Promise<CardImage | 'busy'> {
		const hit = this.entries.get(key);
		if (hit) {
			this.entries.delete(key);
			this.entries.set(key, hit);
			return hit;
		}
		const running = this.rendering.get(key);
		if (running) return running;
		if (this.busy && this.waiting.length >= this.maxWaiting) return 'busy';
		const result = this.turn(async () => {
			const png = await render();
			const etag = `"card-${createHash('sha1').update(png).digest('base64url').slice(0, 20)}"`;
			const image = { png, etag };
			this.store(key, image);
			return image;
		});
		this.rendering.set(key, result);
		try {
			return await result;
		} finally {
			this.rendering.delete(key);
		}
	}

	/** Runs the work when no other render is running; the turn passes straight to the next in line. */
	private async turn<T>(work: () => Promise<T>): Promise<T> {
		if (this.busy) await new Promise<void>((resolve) => this.waiting.push(resolve));
		else this.busy = true;
		try {
			return await work();
		} finally {
			const next = this.waiting.shift();
			if (next) next();
			else this.busy = false;
		}
	}

	private store(key: string, image: CardImage) {
		const bytes = image.png.byteLength;
		if (bytes > this.maxBytes / 4) return;
		this.entries.set(key, image);
		this.stored += bytes;
		for (const [oldKey, old] of this.entries) {
			if (this.stored <= this.maxBytes) break;
			this.entries.delete(oldKey);
			this.stored -= old.png.byteLength;
		}
	}
}
