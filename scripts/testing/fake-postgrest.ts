// A stand-in for Supabase's PostgREST, for tests and benchmarks that need the production shape (the app
// server talking HTTP to a separate database service) without a Supabase project: POST /rest/v1/rpc/<fn>
// runs the same SQL function in PGlite as the anon role. Tests can switch faults on, or stop and start it
// again, to play a database outage. For signed-in calls it also stands in for Supabase Auth (the password and
// refresh-token grants, sign-in links; against the embedded accounts) and hands out an access token that it
// reads back on /rest/v1/rpc calls. The token is NOT a signed JWT: this is a test stand-in only.
import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { embeddedTransport, openEmbedded } from '../../src/lib/server/db/embedded.ts';
import { DatabaseRefusal, type Caller } from '../../src/lib/server/db/transport.ts';
import { embeddedAccounts } from '../../src/lib/server/auth/embedded-accounts.ts';
import { verifyPassword } from '../../src/lib/server/auth/password.ts';

const tokenFor = (caller: Caller) => `fake.${Buffer.from(JSON.stringify(caller)).toString('base64url')}`;

function callerOf(authorization: string | undefined): Caller | undefined {
	const token = /^Bearer fake\.(.+)$/.exec(authorization ?? '')?.[1];
	return token ? (JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Caller) : undefined;
}

/** What the Auth stand-in remembers, for tests: sign-in links it "e-mailed", refresh tokens, token lifetime. */
export interface AuthStandIn {
	/** Access token lifetime in seconds. */
	expiresIn: number;
	/** The last sign-in link token sent to each address (as the e-mail would carry it). */
	links: Map<string, string>;
	/** Refresh token → the account it belongs to; used once each, as Supabase rotates them. */
	refreshTokens: Map<string, { userId: string; email: string }>;
	refreshes: number;
	/** Sign-outs (POST /auth/v1/logout with the user's access token). */
	signOuts: number;
}

export const newAuthStandIn = (): AuthStandIn => ({
	expiresIn: 3600,
	links: new Map(),
	refreshTokens: new Map(),
	refreshes: 0,
	signOuts: 0
});

/** Supabase Auth's sign-out: the user's refresh tokens stop working (the stand-in does not tell sessions apart). */
function logoutResponse(authorization: string | undefined, auth: AuthStandIn) {
	const caller = callerOf(authorization);
	if (!caller) return { status: 401, json: { code: 401, error_code: 'no_authorization', msg: 'no token' } };
	for (const [token, account] of auth.refreshTokens)
		if (account.userId === caller.userId) auth.refreshTokens.delete(token);
	auth.signOuts++;
	return { status: 204, json: null };
}

const refused = (code: string, msg: string) => ({ status: 400, json: { code: 400, error_code: code, msg } });

function sessionFor(auth: AuthStandIn, account: { userId: string; email: string }) {
	const refreshToken = `refresh-${randomUUID()}`;
	auth.refreshTokens.set(refreshToken, account);
	return {
		status: 200,
		json: {
			access_token: tokenFor(account),
			token_type: 'bearer',
			expires_in: auth.expiresIn,
			expires_at: Math.floor(Date.now() / 1000) + auth.expiresIn,
			refresh_token: refreshToken,
			user: { id: account.userId, aud: 'authenticated', role: 'authenticated', email: account.email }
		}
	};
}

/** Supabase Auth's password and refresh-token grants, answered from the embedded accounts. */
export async function tokenResponse(
	db: PGlite,
	body: string,
	grant: string | null,
	auth: AuthStandIn = newAuthStandIn()
): Promise<{ status: number; json: unknown }> {
	const { email, password, refresh_token } = JSON.parse(body || '{}') as Record<string, string | undefined>;
	if (grant === 'refresh_token') {
		const account = refresh_token ? auth.refreshTokens.get(refresh_token) : undefined;
		if (!account) return refused('refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
		auth.refreshTokens.delete(refresh_token!);
		auth.refreshes++;
		return sessionFor(auth, account);
	}
	const account = email ? await embeddedAccounts(db).find(email) : null;
	if (!account || !password || !(await verifyPassword(password, account.passwordHash)))
		return refused('invalid_credentials', 'Invalid login credentials');
	return sessionFor(auth, account);
}

/** Supabase Auth's sign-in links: /otp "sends" one (existing accounts only), /verify takes it once. */
async function linkResponse(db: PGlite, path: string, body: string, auth: AuthStandIn) {
	const { email, token_hash } = JSON.parse(body || '{}') as Record<string, string | undefined>;
	if (path === '/auth/v1/otp') {
		const account = email ? await embeddedAccounts(db).find(email) : null;
		if (!account) return refused('otp_disabled', 'Signups not allowed for otp');
		auth.links.set(account.email, `link${randomUUID().replaceAll('-', '')}`);
		return { status: 200, json: {} };
	}
	const entry = [...auth.links].find(([, hash]) => hash === token_hash);
	if (!entry)
		return {
			status: 403,
			json: { code: 403, error_code: 'otp_expired', msg: 'Token has expired or is invalid' }
		};
	auth.links.delete(entry[0]);
	const account = (await embeddedAccounts(db).find(entry[0]))!;
	return sessionFor(auth, account);
}

/** Supabase Auth's password change (PUT /auth/v1/user with the user's access token), on the embedded accounts. */
async function userResponse(db: PGlite, authorization: string | undefined, body: string) {
	const caller = callerOf(authorization);
	if (!caller) return { status: 401, json: { code: 401, error_code: 'no_authorization', msg: 'no token' } };
	const { password } = JSON.parse(body || '{}') as Record<string, string | undefined>;
	if (!password) return refused('validation_failed', 'No password given');
	try {
		// As auth.users' trigger does on Supabase: the embedded accounts' trigger ends sessions, clears the mark.
		await embeddedAccounts(db).setPassword(caller.userId, password);
	} catch {
		return { status: 422, json: { code: 422, error_code: 'weak_password', msg: 'Password is too weak' } };
	}
	return {
		status: 200,
		json: { id: caller.userId, aud: 'authenticated', role: 'authenticated', email: caller.email }
	};
}

export async function rpcResponse(
	db: PGlite,
	method: string,
	path: string,
	body: string,
	authorization?: string
): Promise<{ status: number; json: unknown }> {
	const fn = /^\/rest\/v1\/rpc\/([a-z_]+)$/.exec(path)?.[1];
	if (method !== 'POST' || !fn) return { status: 404, json: { message: 'not found' } };
	try {
		const args = body ? (JSON.parse(body) as Record<string, string>) : {};
		return { status: 200, json: await embeddedTransport(db).rpc(fn, args, callerOf(authorization)) };
	} catch (error) {
		// PostgREST passes PostgreSQL's SQLSTATE on as the error code.
		if (error instanceof DatabaseRefusal)
			return { status: 400, json: { code: error.code, message: error.message, details: null, hint: null } };
		return { status: 400, json: { message: (error as Error).message } };
	}
}

/** Faults a test can switch on: every call fails, or data calls answer with JSON of the wrong shape. */
export interface FaultSwitch {
	mode: 'none' | 'error' | 'garbage';
}

export function serveFakePostgrest(
	db: PGlite,
	port: number,
	faults: FaultSwitch = { mode: 'none' },
	auth: AuthStandIn = newAuthStandIn()
): Promise<Server> {
	const server = createServer((request, response) => {
		let body = '';
		request.on('data', (chunk) => (body += chunk));
		request.on('end', async () => {
			const url = new URL(request.url ?? '/', 'http://x');
			const path = url.pathname;
			let result: { status: number; json: unknown };
			if (faults.mode === 'error') result = { status: 503, json: { message: 'service unavailable' } };
			else if (faults.mode === 'garbage' && !path.endsWith('/data_version')) {
				result = { status: 200, json: { map: 'not a snapshot' } };
			} else if (path === '/auth/v1/token')
				// As Supabase Auth refuses an address it cannot validate (a NUL in it, say) with a 400.
				result = await tokenResponse(db, body, url.searchParams.get('grant_type'), auth).catch(() =>
					refused('validation_failed', 'Unable to validate email address: invalid format')
				);
			else if (path === '/auth/v1/logout') result = logoutResponse(request.headers.authorization, auth);
			else if (path === '/auth/v1/user' && request.method === 'PUT')
				result = await userResponse(db, request.headers.authorization, body);
			else if (path === '/auth/v1/otp' || path === '/auth/v1/verify')
				result = await linkResponse(db, path, body, auth);
			else result = await rpcResponse(db, request.method ?? 'GET', path, body, request.headers.authorization);
			response.writeHead(result.status, { 'content-type': 'application/json' });
			response.end(result.status === 204 ? undefined : JSON.stringify(result.json));
		});
	});
	// As server.js does: idle connections outlive the client's keep-alive, so that the app never reuses one the
	// stand-in is just closing (which it would see as "fetch failed").
	server.keepAliveTimeout = 65_000;
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

// As a program: tsx scripts/testing/fake-postgrest.ts <port>
if (process.argv[1]?.endsWith('fake-postgrest.ts')) {
	const port = Number(process.argv[2] ?? 54321);
	const db = await openEmbedded({ dataDir: 'memory://' });
	await serveFakePostgrest(db, port);
	console.log(`fake PostgREST on http://127.0.0.1:${port}`);
}
