// Login rate limiting: at most `limit` failed attempts per key (an address, an e-mail) within a sliding window.
// In memory, per server process: enough to stop guessing against one instance.
export class AttemptLimiter {
	private readonly failures = new Map<string, number[]>();

	constructor(
		private readonly limit: number,
		private readonly windowMs: number
	) {}

	/** Milliseconds until the key may try again, or 0 when it may now. */
	retryAfter(key: string, now = Date.now()): number {
		const recent = this.recent(key, now);
		return recent.length >= this.limit ? recent[0] + this.windowMs - now : 0;
	}

	fail(key: string, now = Date.now()): void {
		this.failures.set(key, [...this.recent(key, now), now]);
		if (this.failures.size > 10_000) this.prune(now);
	}

	succeed(key: string): void {
		this.failures.delete(key);
	}

	private recent(key: string, now: number): number[] {
		return (this.failures.get(key) ?? []).filter((at) => at > now - this.windowMs);
	}

	private prune(now: number) {
		for (const key of this.failures.keys()) {
			const recent = this.recent(key, now);
			if (recent.length === 0) this.failures.delete(key);
			else this.failures.set(key, recent);
		}
	}
}
