// Uploaded spreadsheets between the import's preview and its apply step. The file stays on the server under
// a random id, bound to the staff session that uploaded it, for a short while; the preview form posts only
// the id (before, the whole file went back and forth through a hidden field). Bounded in size and time: an
// expired or unknown id is answered with "upload it again", and nothing is lost but the upload.
import { randomUUID } from 'node:crypto';
import type { Encoding } from '$lib/staff/import/read';

export interface Upload {
	text: string;
	encoding: Encoding;
	fileName: string;
}

interface Held extends Upload {
	owner: string;
	expires: number;
	bytes: number;
}

/** How long a preview can be applied or updated after the upload. */
export const UPLOAD_MINUTES = 30;

export class UploadStore {
	private readonly held = new Map<string, Held>();
	private total = 0;

	constructor(
		private readonly limits = { ttlMs: UPLOAD_MINUTES * 60_000, maxBytes: 64 * 2 ** 20, perOwner: 3 },
		private readonly now = () => Date.now()
	) {}

	/** Keeps an upload for its owner (a session id) and returns its id. */
	put(owner: string, upload: Upload): string {
		this.sweep();
		// A person works on a few previews at most: their oldest goes first, then anyone's oldest, so that the
		// store never holds more than its byte budget.
		const own = [...this.held].filter(([, h]) => h.owner === owner);
		for (const [id] of own.slice(0, Math.max(0, own.length - this.limits.perOwner + 1))) this.drop(id);
		const bytes = upload.text.length * 2;
		for (const [id] of this.held) {
			if (this.total + bytes <= this.limits.maxBytes) break;
			this.drop(id);
		}
		const id = randomUUID();
		this.held.set(id, { ...upload, owner, expires: this.now() + this.limits.ttlMs, bytes });
		this.total += bytes;
		return id;
	}

	/** The upload, if it is still kept and belongs to this owner. */
	get(owner: string, id: string): Upload | null {
		this.sweep();
		const held = this.held.get(id);
		if (!held || held.owner !== owner) return null;
		return { text: held.text, encoding: held.encoding, fileName: held.fileName };
	}

	/** Forgets an upload (after it was applied). */
	drop(id: string): void {
		const held = this.held.get(id);
		if (!held) return;
		this.total -= held.bytes;
		this.held.delete(id);
	}

	private sweep(): void {
		const now = this.now();
		for (const [id, held] of this.held) if (held.expires <= now) this.drop(id);
	}
}

/** The server's store (one per process). */
export const importUploads = new UploadStore();
