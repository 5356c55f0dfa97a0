// The session cookie: which server-side session (private.staff_session) the browser holds, who is signed in,
// until when, and with Supabase the tokens. Encrypted and authenticated (AES-256-GCM), so that the browser,
// or anyone who reads the cookie, learns nothing from it (no e-mail address, no tokens) and cannot alter it.
// HttpOnly and SameSite=Lax; Secure over HTTPS. The key comes from KOORDINATORKART_SESSION_SECRET; without
// it a random one is made at start (sessions then end when the server restarts). Whether the session is
// still open is asked of the database on every request (see index.ts): a copied cookie dies with it.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'kk_session';
export const SESSION_HOURS = 8;

export interface Session {
	/** The server-side session (private.staff_session.session_id). */
	id: string;
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

/** The cookie's encryption key, derived from the secret (so the secret itself can be any length ≥ 32). */
const keyOf = (secret: Buffer) => createHash('sha256').update('kk-session-cookie\0').update(secret).digest();

const IV_BYTES = 12;
const TAG_BYTES = 16;

export function encodeSession(session: Session, secret: Buffer): string {
	const iv = randomBytes(IV_BYTES);
	const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
	const sealed = Buffer.concat([cipher.update(JSON.stringify(session), 'utf8'), cipher.final()]);
	return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The session in a cookie value, or null when it is missing, altered, made with another key or expired. */
export function decodeSession(value: string | undefined, secret: Buffer, now = Date.now()): Session | null {
	if (!value || value.length > 8192) return null;
	const bytes = Buffer.from(value, 'base64url');
	if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
	try {
		const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), bytes.subarray(0, IV_BYTES));
		decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
		const text = Buffer.concat([
			decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
			decipher.final()
		]).toString('utf8');
		const session = JSON.parse(text) as Session;
		if (
			typeof session.id !== 'string' ||
			typeof session.userId !== 'string' ||
			typeof session.exp !== 'number'
		)
			return null;
		return session.exp * 1000 > now ? session : null;
	} catch {
		return null;
	}
}
