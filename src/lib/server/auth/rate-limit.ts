// Slowing down password guessing without handing anyone a way to lock the owner out: after a few failures
// for a key (an e-mail address, a client address) each further attempt must wait, and the wait doubles with
// every failure up to a ceiling. Nothing blocks for long: the ceiling per account is short (the owner waits at
// most that, however many times someone else tried), while a client that keeps failing waits longer and
// longer. Attempts made while waiting are refused without being tried, and do not count. A success clears the
// key; a key that has been quiet for `forgetMs` starts over. In memory, per server process.
export interface BackoffRule {
	/** Failures allowed before any waiting. */
	free: number;
	/** The first wait; each further failure doubles it. */
	firstWaitMs: number;
	/** The longest wait. */
	maxWaitMs: number;
	/** A key with no failure for this long is forgotten. */
	forgetMs: number;
}

interface Failures {
	count: number;
	last: number;
}

export class Backoff {
	private readonly failures = new Map<string, Failures>();

	constructor(private readonly rule: BackoffRule) {}

	/** The wait after `count` failures. */
	waitAfter(count: number): number {
		const { free, firstWaitMs, maxWaitMs } = this.rule;
		if (count < free) return 0;
		return Math.min(firstWaitMs * 2 ** Math.min(count - free, 30), maxWaitMs);
	}

	/** Milliseconds until the key may try again, or 0 when it may now. */
	retryAfter(key: string, now = Date.now()): number {
		const entry = this.current(key, now);
		return entry ? Math.max(0, entry.last + this.waitAfter(entry.count) - now) : 0;
	}

	fail(key: string, now = Date.now()): void {
		const entry = this.current(key, now);
		this.failures.set(key, { count: (entry?.count ?? 0) + 1, last: now });
		if (this.failures.size > 10_000) this.prune(now);
	}

	succeed(key: string): void {
		this.failures.delete(key);
	}

	private current(key: string, now: number): Failures | undefined {
		const entry = this.failures.get(key);
		if (entry && now - entry.last > this.rule.forgetMs) {
			this.failures.delete(key);
			return undefined;
		}
		return entry;
	}

	private prune(now: number) {
		for (const key of [...this.failures.keys()]) this.current(key, now);
	}
}

/** Wrong passwords per account: 5 free, then 1 s doubling to at most a minute (the owner never waits longer). */
export const PER_ACCOUNT: BackoffRule = {
	free: 5,
	firstWaitMs: 1000,
	maxWaitMs: 60_000,
	forgetMs: 15 * 60_000
};
/** Wrong passwords per client address: 20 free, then 1 s doubling to 15 minutes. */
export const PER_CLIENT: BackoffRule = {
	free: 20,
	firstWaitMs: 1000,
	maxWaitMs: 15 * 60_000,
	forgetMs: 60 * 60_000
};
/** Sign-in link e-mails per address: 3 free, then 30 s doubling to 5 minutes. */
export const LINKS_PER_ADDRESS: BackoffRule = {
	free: 3,
	firstWaitMs: 30_000,
	maxWaitMs: 5 * 60_000,
	forgetMs: 60 * 60_000
};
/** Sign-in link e-mails per client address: 20 free, then 30 s doubling to 30 minutes. */
export const LINKS_PER_CLIENT: BackoffRule = {
	free: 20,
	firstWaitMs: 30_000,
	maxWaitMs: 30 * 60_000,
	forgetMs: 60 * 60_000
};
