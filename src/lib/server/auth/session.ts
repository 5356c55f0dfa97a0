// The session cookie: who is signed in, until when, signed with HMAC-SHA256 so that it cannot be forged or
// altered. HttpOnly and SameSite=Lax; Secure over HTTPS. The secret comes from KOORDINATORKART_SESSION_SECRET;
// without it a random one is made at start (sessions then end when the server restarts).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'kk_session';
export const SESSION_HOURS = 8;

export interface Session {
	userId: string;
	email: string;
	/** The Supabase access and refresh tokens (Supabase transport only). */
	accessToken?: string;
	refreshToken?: string;
	/** When the access token expires (seconds since the epoch); it is refreshed shortly before. */
	accessExp?: number;
	/** Expiry of the session, seconds since the epoch. */
	exp: number;
}

export function sessionSecret(configured: string | undefined): Buffer {
	if (configured && configured.length >= 32) return Buffer.from(configured);
	if (configured) throw new Error('KOORDINATORKART_SESSION_SECRET must be at least 32 characters');
	return randomBytes(32);
}

const sign = (payload: string, secret: Buffer) =>
	createHmac('sha256', secret).update(payload).digest('base64url');

export function encodeSession(session: Session, secret: Buffer): string {
	const payload = Buffer.from(JSON.stringify(session)).toString('base64url');
	return `${payload}.${sign(payload, secret)}`;
}

/** The session in a cookie value, or null when it is missing, altered or expired. */
export function decodeSession(value: string | undefined, secret: Buffer, now = Date.now()): Session | null {
	if (!value) return null;
	const [payload, signature] = value.split('.');
	if (!payload || !signature) return null;
	const expected = Buffer.from(sign(payload, secret));
	const actual = Buffer.from(signature);
	if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
	try {
		const session = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Session;
		if (typeof session.userId !== 'string' || typeof session.exp !== 'number') return null;
		return session.exp * 1000 > now ? session : null;
	} catch {
		return null;
	}
}
