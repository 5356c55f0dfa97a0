// Signing staff in and out. Embedded default: accounts with hashed passwords in the embedded database.
// Supabase: Supabase Auth (e-mail and password) through supabase-js; the access token then goes with every
// call, so the database sees the same JWT claims either way and row-level security decides.
import { createClient } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { env } from '$env/dynamic/private';
import type { Cookies } from '@sveltejs/kit';
import { backend, transport } from '../db/index.ts';
import { DatabaseRefusal, type Caller } from '../db/transport.ts';
import { passwordRuleMessage, verifyPassword } from './password.ts';
import {
	decodeSession,
	encodeSession,
	sessionSecret,
	SESSION_COOKIE,
	SESSION_HOURS,
	type Session
} from './session.ts';
import { Backoff, LINKS_PER_ADDRESS, LINKS_PER_CLIENT, PER_ACCOUNT, PER_CLIENT } from './rate-limit.ts';

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

/** Failed sign-ins slow down per e-mail address and per client address (see rate-limit.ts). */
function limiters(): { byEmail: Backoff; byAddress: Backoff } {
	const holder = globalThis as Holder;
	holder[LIMITERS] ??= { byEmail: new Backoff(PER_ACCOUNT), byAddress: new Backoff(PER_CLIENT) };
	return holder[LIMITERS] as { byEmail: Backoff; byAddress: Backoff };
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
		session = usesSupabaseAuth()
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
	try {
		await beginSession(session);
	} catch (error) {
		console.error('sign-in: the session could not be stored:', error);
		return { ok: false, reason: 'unavailable' };
	}
	return { ok: true, session };
}

/** Stores a new session on the server side (private.staff_session), as the user it belongs to. */
export async function beginSession(session: Session): Promise<void> {
	await (
		await transport()
	).rpc(
		'begin_staff_session',
		{ p_session_id: session.id, p_expires_at: new Date(session.exp * 1000).toISOString() },
		callerOf(session)
	);
}

/**
 * Whether the session is still open on the server (not signed out, its role and password unchanged). When the
 * database cannot be reached the answer is "open": every use of the session needs the database anyway.
 */
export async function sessionIsOpen(session: Session): Promise<boolean> {
	try {
		return (
			(await (
				await transport()
			).rpc<boolean>('staff_session_active', { p_session_id: session.id }, callerOf(session))) === true
		);
	} catch (error) {
		if (error instanceof DatabaseRefusal) return false;
		console.error('session check: the database did not answer:', error);
		return true;
	}
}

/** Signs out: ends the session on the server and, with Supabase, its refresh token in Supabase Auth. */
export async function endSession(session: Session): Promise<void> {
	await Promise.all([
		(async () =>
			(await transport()).rpc('end_staff_session', { p_session_id: session.id }, callerOf(session)))(),
		session.accessToken ? authClient().auth.admin.signOut(session.accessToken, 'local') : null
	]).catch((error: unknown) => console.error('sign-out: could not end the session everywhere:', error));
}

async function embeddedSignIn(email: string, password: string): Promise<Session | null> {
	const accounts = (await transport()).accounts;
	if (!accounts) throw new Error('This transport has no account store');
	const account = await accounts.find(email);
	const valid = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
	return account && valid
		? { id: randomUUID(), userId: account.userId, email: account.email, exp: expiry() }
		: null;
}

export type PasswordChange =
	| { ok: true; session: Session }
	| { ok: false; field: 'current' | 'password' | 'form'; message: string; retryAfterMs?: number };

/**
 * A signed-in person replaces their password (the temporary one an admin gave, or any). The current password
 * is checked first (failures slow down like sign-in's), the new one by the one rule. The database's password
 * triggers then end every session of the person and clear the temporary-password mark; this one goes on as a
 * new session, which the caller puts in the cookie.
 */
export async function changePassword(
	session: Session,
	current: string,
	next: string,
	clientAddress: string
): Promise<PasswordChange> {
	const problem = passwordRuleMessage(next);
	if (problem) return { ok: false, field: 'password', message: problem };
	if (next.normalize('NFC') === current.normalize('NFC'))
		return { ok: false, field: 'password', message: 'Det nye passordet må være et annet enn det gamle.' };
	const emailKey = session.email.trim().toLowerCase();
	const { byEmail, byAddress } = limiters();
	const wait = Math.max(byEmail.retryAfter(emailKey), byAddress.retryAfter(clientAddress));
	if (wait > 0)
		return {
			ok: false,
			field: 'current',
			message: `For mange mislykkede forsøk. Vent ${Math.ceil(wait / 1000)} sekunder og prøv igjen.`,
			retryAfterMs: wait
		};
	const wrong = (): PasswordChange => {
		byEmail.fail(emailKey);
		byAddress.fail(clientAddress);
		return { ok: false, field: 'current', message: 'Passordet du bruker nå, stemmer ikke.' };
	};
	try {
		let renewed: Session;
		if (usesSupabaseAuth()) {
			// Signing in again checks the current password and gives a fresh session to change it with.
			const client = authClient();
			const fresh = sessionOf(
				await client.auth.signInWithPassword({ email: emailKey, password: current }),
				emailKey,
				session.exp
			);
			if (!fresh || fresh.userId !== session.userId) return wrong();
			const { error } = await client.auth.updateUser({ password: next });
			if (error) {
				if (error.status && error.status >= 400 && error.status < 500)
					return {
						ok: false,
						field: 'password',
						message: 'Supabase Auth godtok ikke passordet. Velg et annet.'
					};
				throw error;
			}
			renewed = fresh;
		} else {
			const accounts = (await transport()).accounts;
			if (!accounts) throw new Error('This transport has no account store');
			const account = await accounts.find(emailKey);
			if (
				!account ||
				account.userId !== session.userId ||
				!(await verifyPassword(current, account.passwordHash))
			)
				return wrong();
			await accounts.setPassword(account.userId, next);
			renewed = { ...session, id: randomUUID() };
		}
		byEmail.succeed(emailKey);
		await beginSession(renewed);
		return { ok: true, session: renewed };
	} catch (error) {
		console.error('password change: the database or Supabase Auth did not answer:', error);
		return {
			ok: false,
			field: 'form',
			message: 'Passordet kunne ikke byttes akkurat nå. Prøv igjen om litt.'
		};
	}
}

/** Supabase Auth is used when a Supabase project is configured (else the embedded accounts). */
export const usesSupabaseAuth = () => backend().kind === 'supabase';

function authClient() {
	const chosen = backend();
	if (chosen.kind !== 'supabase') throw new Error('Supabase Auth needs a configured Supabase project');
	return createClient(chosen.url, chosen.anonKey, {
		auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
		realtime: { transport: WebSocket as never }
	});
}

type AuthAnswer = {
	data: { session: SupabaseSession | null; user: { id: string; email?: string } | null };
	error: { status?: number } | null;
};
type SupabaseSession = {
	access_token: string;
	refresh_token: string;
	expires_at?: number;
	expires_in?: number;
};

/** A Supabase Auth answer as our session: null when Auth refused (wrong password, used link); throws when down. */
function sessionOf({ data, error }: AuthAnswer, email: string, sessionExp = expiry()): Session | null {
	if (error) {
		if (error.status && error.status >= 400 && error.status < 500) return null;
		throw error;
	}
	if (!data.session || !data.user) return null;
	const accessExp =
		data.session.expires_at ?? Math.floor(Date.now() / 1000) + (data.session.expires_in ?? 3600);
	return {
		id: randomUUID(),
		userId: data.user.id,
		email: data.user.email ?? email,
		accessToken: data.session.access_token,
		refreshToken: data.session.refresh_token,
		accessExp,
		exp: sessionExp
	};
}

async function supabaseSignIn(email: string, password: string): Promise<Session | null> {
	return sessionOf(await authClient().auth.signInWithPassword({ email, password }), email);
}

const LINK_LIMITER = Symbol.for('koordinatorkart.linkLimiter');

/**
 * Asks Supabase Auth to e-mail a sign-in link (existing accounts only). The link in the e-mail template must
 * point to /logg-inn/lenke?token_hash={{ .TokenHash }}&type=email (see the README). Requests slow down per
 * address and per client (rate-limit.ts); the answer does not tell whether the address has an account.
 */
export async function requestSignInLink(
	email: string,
	origin: string,
	clientAddress: string
): Promise<{ status: 'sent' | 'unavailable' } | { status: 'rate_limited'; retryAfterMs: number }> {
	const holder = globalThis as Holder;
	holder[LINK_LIMITER] ??= {
		byEmail: new Backoff(LINKS_PER_ADDRESS),
		byAddress: new Backoff(LINKS_PER_CLIENT)
	};
	const { byEmail, byAddress } = holder[LINK_LIMITER] as { byEmail: Backoff; byAddress: Backoff };
	const key = email.trim().toLowerCase();
	const wait = Math.max(byEmail.retryAfter(key), byAddress.retryAfter(clientAddress));
	if (wait > 0) return { status: 'rate_limited', retryAfterMs: wait };
	byEmail.fail(key);
	byAddress.fail(clientAddress);
	const { error } = await authClient().auth.signInWithOtp({
		email: key,
		options: { shouldCreateUser: false, emailRedirectTo: `${origin}/logg-inn/lenke` }
	});
	// Unknown addresses are refused by Auth (4xx): answered as sent, so that nobody can probe for accounts.
	if (error && !(error.status && error.status >= 400 && error.status < 500)) {
		console.error('sign-in link: Supabase Auth did not answer:', error);
		return { status: 'unavailable' };
	}
	return { status: 'sent' };
}

/** The session for a sign-in link's token (null when the link is used, expired or wrong), stored on the server. */
export async function signInWithLink(tokenHash: string): Promise<Session | null> {
	const session = sessionOf(await authClient().auth.verifyOtp({ token_hash: tokenHash, type: 'email' }), '');
	if (session) await beginSession(session);
	return session;
}

/** Seconds before the access token expires at which it is refreshed. */
const REFRESH_MARGIN_S = 120;

/**
 * A Supabase session whose access token is about to expire, with fresh tokens from Supabase Auth; the same
 * session when no refresh is due; null when Auth refuses the refresh token (signed out elsewhere, revoked).
 * When Auth cannot be reached the session is kept: the next request tries again.
 */
export async function refreshedSession(session: Session): Promise<Session | null> {
	if (!session.refreshToken || !session.accessExp) return session;
	if (session.accessExp - Math.floor(Date.now() / 1000) > REFRESH_MARGIN_S) return session;
	try {
		const refreshed = sessionOf(
			await authClient().auth.refreshSession({ refresh_token: session.refreshToken }),
			session.email,
			session.exp
		);
		// The same server-side session, with new tokens.
		return refreshed && { ...refreshed, id: session.id, email: refreshed.email || session.email };
	} catch (error) {
		console.error('session refresh: Supabase Auth did not answer:', error);
		return session;
	}
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

/** Removes the cookie. Secure only over https: a browser ignores a Secure cookie sent over plain http. */
export function clearSessionCookie(cookies: Cookies, secure: boolean) {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

/**
 * The request's session: decrypted from the cookie, refreshed with Supabase when its access token is about
 * to expire, and still open on the server; null (and the cookie removed) when it has ended.
 */
export async function currentSession(cookies: Cookies, secure: boolean): Promise<Session | null> {
	const session = readSession(cookies);
	if (!session) {
		if (cookies.get(SESSION_COOKIE)) clearSessionCookie(cookies, secure);
		return null;
	}
	const current = await refreshedSession(session);
	if (current && (await sessionIsOpen(current))) {
		if (current !== session) setSessionCookie(cookies, current, secure);
		return current;
	}
	clearSessionCookie(cookies, secure);
	return null;
}

export function readSession(cookies: Cookies): Session | null {
	return decodeSession(cookies.get(SESSION_COOKIE), secret());
}

export function callerOf(session: Session): Caller {
	return { userId: session.userId, email: session.email, accessToken: session.accessToken };
}
