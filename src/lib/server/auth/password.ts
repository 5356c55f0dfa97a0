// Passwords for the embedded default's staff accounts: scrypt with a random salt, compared in constant time.
// (With Supabase, Supabase Auth keeps the passwords.)
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
	new Promise<Buffer>((resolve, reject) =>
		scryptCallback(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key)))
	);

const COST = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

export const MIN_PASSWORD_LENGTH = 12;
/** Longer ones would only cost hashing time (and no one types them). */
export const MAX_PASSWORD_LENGTH = 1024;

/**
 * The one rule every password meets (a temporary one an admin gives, a new one chosen at first sign-in, an
 * account made from the command line): what is wrong with it, or null.
 */
export function passwordRuleMessage(password: string): string | null {
	const length = [...password.normalize('NFC')].length;
	if (length < MIN_PASSWORD_LENGTH) return `Passordet må ha minst ${MIN_PASSWORD_LENGTH} tegn.`;
	if (length > MAX_PASSWORD_LENGTH) return `Passordet kan ha høyst ${MAX_PASSWORD_LENGTH} tegn.`;
	if (!password.trim()) return 'Passordet kan ikke bare være mellomrom.';
	return null;
}

/** "scrypt$N$r$p$salt$key", salt and key in base64url. */
export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(16);
	const key = await scrypt(password.normalize('NFC'), salt, KEY_LENGTH, COST);
	return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const [scheme, n, r, p, salt, key] = stored.split('$');
	if (scheme !== 'scrypt' || !salt || !key) return false;
	const expected = Buffer.from(key, 'base64url');
	const actual = await scrypt(password.normalize('NFC'), Buffer.from(salt, 'base64url'), expected.length, {
		N: Number(n),
		r: Number(r),
		p: Number(p),
		maxmem: COST.maxmem
	});
	return actual.length === expected.length && timingSafeEqual(actual, expected);
}
