import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';
import { decodeSession, encodeSession, sessionSecret } from './session.ts';
import { Backoff, PER_ACCOUNT, PER_CLIENT } from './rate-limit.ts';

describe('passwords', () => {
	it('verify against their own hash only, with a random salt each time', async () => {
		const hash = await hashPassword('riktig hest batteri stift');
		expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
		expect(hash).not.toContain('riktig');
		expect(await verifyPassword('riktig hest batteri stift', hash)).toBe(true);
		expect(await verifyPassword('riktig hest batteri stifT', hash)).toBe(false);
		expect(await hashPassword('riktig hest batteri stift')).not.toBe(hash);
		expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
	});
});

describe('session cookie', () => {
	const secret = sessionSecret('s'.repeat(40));
	const session = {
		id: '0b5c2a9e-0000-4000-8000-0000000000aa',
		userId: '5f7e0c1e-0000-4000-8000-000000000001',
		email: 'ola@example.org',
		accessToken: 'access-token-secret',
		exp: 2_000_000_000
	};

	it('round-trips, and refuses an altered value, another key or an expired session', () => {
		const value = encodeSession(session, secret);
		expect(decodeSession(value, secret, 1_900_000_000_000)).toEqual(session);
		const bytes = Buffer.from(value, 'base64url');
		for (const at of [0, 14, bytes.length - 1]) {
			const altered = Buffer.from(bytes);
			altered[at] ^= 1;
			expect(decodeSession(altered.toString('base64url'), secret, 1_900_000_000_000)).toBeNull();
		}
		expect(decodeSession(value, sessionSecret('t'.repeat(40)), 1_900_000_000_000)).toBeNull();
		expect(decodeSession(value, secret, 2_000_000_001_000)).toBeNull();
		expect(decodeSession(undefined, secret)).toBeNull();
		expect(decodeSession('garbage', secret)).toBeNull();
		expect(decodeSession('x'.repeat(100_000), secret)).toBeNull();
	});

	it('tells the browser nothing: no e-mail address, user id or token can be read from it', () => {
		const value = encodeSession(session, secret);
		const readable = [
			value,
			...value.split('.').map((part) => Buffer.from(part, 'base64url').toString('latin1'))
		];
		for (const text of readable)
			for (const secretPart of [session.email, session.userId, session.accessToken, 'userId'])
				expect(text).not.toContain(secretPart);
		expect(encodeSession(session, secret)).not.toBe(value);
	});

	it('insists on a long secret when one is configured', () => {
		expect(() => sessionSecret('short')).toThrow(/32 characters/);
		expect(sessionSecret(undefined)).toHaveLength(32);
	});
});

describe('sign-in backoff', () => {
	const rule = { free: 5, firstWaitMs: 1000, maxWaitMs: 60_000, forgetMs: 15 * 60_000 };

	it('lets the first failures through, then asks to wait, longer after each further failure', () => {
		const backoff = new Backoff(rule);
		for (let i = 0; i < 5; i++) {
			expect(backoff.retryAfter('ola', i)).toBe(0);
			backoff.fail('ola', i);
		}
		expect(backoff.retryAfter('ola', 4)).toBe(1000);
		backoff.fail('ola', 1004);
		expect(backoff.retryAfter('ola', 1004)).toBe(2000);
		backoff.fail('ola', 3004);
		expect(backoff.retryAfter('ola', 3004)).toBe(4000);
		expect(backoff.retryAfter('kari', 3004)).toBe(0);
		backoff.succeed('ola');
		expect(backoff.retryAfter('ola', 3005)).toBe(0);
	});

	it('never keeps the owner out for long, however many times someone else failed', () => {
		const backoff = new Backoff(rule);
		let now = 0;
		for (let i = 0; i < 500; i++) {
			now += backoff.retryAfter('ola', now);
			backoff.fail('ola', now);
		}
		expect(backoff.retryAfter('ola', now)).toBeLessThanOrEqual(60_000);
		expect(backoff.retryAfter('ola', now + 60_000)).toBe(0);
	});

	it('forgets a key that has been quiet for a while', () => {
		const backoff = new Backoff(rule);
		for (let i = 0; i < 8; i++) backoff.fail('ola', 0);
		expect(backoff.retryAfter('ola', 1)).toBeGreaterThan(0);
		backoff.fail('ola', 16 * 60_000 + 1);
		expect(backoff.retryAfter('ola', 16 * 60_000 + 1)).toBe(0);
	});

	it('holds the rules the sign-in uses: an account waits at most a minute, a guessing client far longer', () => {
		expect(new Backoff(PER_ACCOUNT).waitAfter(10_000)).toBe(60_000);
		expect(new Backoff(PER_CLIENT).waitAfter(40)).toBeGreaterThan(10 * 60_000);
	});
});
