// Signing staff in and out. Embedded default: accounts with hashed passwords in the embedded database.
// Supabase: Supabase Auth (e-mail and password) through supabase-js; the access token then goes with every
// call, so the database sees the same JWT claims either way and row-level security decides.
import { createClient } from '@supabase/supabase-js';
import WebSocket from 'ws';
import { env } from '$env/dynamic/private';
import { env as publicEnv } from '$env/dynamic/public';
import type { Cookies } from '@sveltejs/kit';
import { transport } from '../db/index.ts';
import type { Caller } from '../db/transport.ts';
import { verifyPassword } from './password.ts';
import {
	decodeSession,
	encodeSession,
	sessionSecret,
	SESSION_COOKIE,
	SESSION_HOURS,
	type Session
} from './session.ts';
import { AttemptLimiter } from './rate-limit.ts';

export type SignInResult =
	| { ok: true; session: Session }
	| { ok: false; reason: 'invalid' | 'unavailable' | 'rate_limited'; retryAfterMs?: number };

type Holder = { [key: symbol]: unknown };
const SECRET = Symbol.for('koordinatorkart.sessionSecret');
const LIMITERS = Symbol.for('koordinatorkart.loginLimiters');

function secret(): Buffer {
	const holder = globalThis as Holder;
	holder[SECRET] ??= sessionSecret(env.KOORDINATORKART_SESSION_SECRET);
	return holder[SECRET] as Buffer;
}

/** Failed sign-ins: 5 per e-mail address and 20 per client address within 15 minutes. */
function limiters(): { byEmail: AttemptLimiter; byAddress: AttemptLimiter } {
	const holder = globalThis as Holder;
	holder[LIMITERS] ??= {
		byEmail: new AttemptLimiter(5, 15 * 60_000),
		byAddress: new AttemptLimiter(20, 15 * 60_000)
	};
	return holder[LIMITERS] as { byEmail: AttemptLimiter; byAddress: AttemptLimiter };
}

// Compared against when the account does not exist, so that a missing account takes as long as a wrong password.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

const expiry = () => Math.floor(Date.now() / 1000) + SESSION_HOURS * 3600;

export async function signIn(email: string, password: string, clientAddress: string): Promise<SignInResult> {
	const emailKey = email.trim().toLowerCase();
	const { byEmail, byAddress } = limiters();
	const wait = Math.max(byEmail.retryAfter(emailKey), byAddress.retryAfter(clientAddress));
	if (wait > 0) return { ok: false, reason: 'rate_limited', retryAfterMs: wait };

	let session: Session | null;
	try {
		session = publicEnv.PUBLIC_SUPABASE_URL
			? await supabaseSignIn(emailKey, password)
			: await embeddedSignIn(emailKey, password);
	} catch (error) {
		console.error('sign-in: the database or Supabase Auth did not answer:', error);
		return { ok: false, reason: 'unavailable' };
	}
	if (!session) {
		byEmail.fail(emailKey);
		byAddress.fail(clientAddress);
		return { ok: false, reason: 'invalid' };
	}
	byEmail.succeed(emailKey);
	return { ok: true, session };
}

async function embeddedSignIn(email: string, password: string): Promise<Session | null> {
	const accounts = (await transport()).accounts;
	if (!accounts) throw new Error('This transport has no account store');
	const account = await accounts.find(email);
	const valid = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
	return account && valid ? { userId: account.userId, email: account.email, exp: expiry() } : null;
}

async function supabaseSignIn(email: string, password: string): Promise<Session | null> {
	const client = createClient(publicEnv.PUBLIC_SUPABASE_URL!, publicEnv.PUBLIC_SUPABASE_ANON_KEY!, {
		auth: { persistSession: false, autoRefreshToken: false },
		realtime: { transport: WebSocket as never }
	});
	const { data, error } = await client.auth.signInWithPassword({ email, password });
	if (error) {
		if (error.status === 400 || error.status === 401 || error.status === 422) return null;
		throw error;
	}
	if (!data.session || !data.user) return null;
	return {
		userId: data.user.id,
		email: data.user.email ?? email,
		accessToken: data.session.access_token,
		refreshToken: data.session.refresh_token,
		// Until the access token expires; then the user signs in again.
		exp: Math.min(expiry(), data.session.expires_at ?? expiry())
	};
}

export function setSessionCookie(cookies: Cookies, session: Session, secure: boolean) {
	cookies.set(SESSION_COOKIE, encodeSession(session, secret()), {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		maxAge: session.exp - Math.floor(Date.now() / 1000)
	});
}

export function clearSessionCookie(cookies: Cookies) {
	cookies.delete(SESSION_COOKIE, { path: '/' });
}

export function readSession(cookies: Cookies): Session | null {
	return decodeSession(cookies.get(SESSION_COOKIE), secret());
}

export function callerOf(session: Session): Caller {
	return { userId: session.userId, email: session.email, accessToken: session.accessToken };
}
