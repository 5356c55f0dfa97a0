import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';
import { decodeSession, encodeSession, sessionSecret } from './session.ts';
import { AttemptLimiter } from './rate-limit.ts';

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
		userId: '5f7e0c1e-0000-4000-8000-000000000001',
		email: 'ola@example.org',
		exp: 2_000_000_000
	};

	it('round-trips, and refuses an altered, re-signed or expired value', () => {
		const value = encodeSession(session, secret);
		expect(decodeSession(value, secret, 1_900_000_000_000)).toEqual(session);
		const [payload, signature] = value.split('.');
		const forged = Buffer.from(JSON.stringify({ ...session, userId: 'someone-else' })).toString('base64url');
		expect(decodeSession(`${forged}.${signature}`, secret, 1_900_000_000_000)).toBeNull();
		expect(decodeSession(`${payload}.${signature}x`, secret, 1_900_000_000_000)).toBeNull();
		expect(decodeSession(value, sessionSecret('t'.repeat(40)), 1_900_000_000_000)).toBeNull();
		expect(decodeSession(value, secret, 2_000_000_001_000)).toBeNull();
		expect(decodeSession(undefined, secret)).toBeNull();
		expect(decodeSession('garbage', secret)).toBeNull();
	});

	it('insists on a long secret when one is configured', () => {
		expect(() => sessionSecret('short')).toThrow(/32 characters/);
		expect(sessionSecret(undefined)).toHaveLength(32);
	});
});

describe('attempt limiter', () => {
	it('allows the limit of failures in the window, then asks to wait until the oldest expires', () => {
		const limiter = new AttemptLimiter(3, 60_000);
		for (const at of [0, 10_000, 20_000]) {
			expect(limiter.retryAfter('ola', at)).toBe(0);
			limiter.fail('ola', at);
		}
		expect(limiter.retryAfter('ola', 30_000)).toBe(30_000);
		expect(limiter.retryAfter('kari', 30_000)).toBe(0);
		expect(limiter.retryAfter('ola', 60_001)).toBe(0);
		limiter.fail('ola', 61_000);
		limiter.succeed('ola');
		expect(limiter.retryAfter('ola', 61_000)).toBe(0);
	});
});
