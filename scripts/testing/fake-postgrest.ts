// A stand-in for Supabase's PostgREST, for tests and benchmarks that need the production shape (the app
// server talking HTTP to a separate database service) without a Supabase project: POST /rest/v1/rpc/<fn>
// runs the same SQL function in PGlite as the anon role. Tests can switch faults on, or stop and start it
// again, to play a database outage. For signed-in calls it also stands in for Supabase Auth's password grant
// (POST /auth/v1/token?grant_type=password, against the embedded accounts) and hands out an access token that
// it reads back on /rest/v1/rpc calls. The token is NOT a signed JWT: this is a test stand-in only.
import { createServer, type Server } from 'node:http';
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

/** Supabase Auth's password grant, answered from the embedded accounts. */
export async function tokenResponse(db: PGlite, body: string): Promise<{ status: number; json: unknown }> {
	const { email, password } = JSON.parse(body || '{}') as { email?: string; password?: string };
	const account = email ? await embeddedAccounts(db).find(email) : null;
	if (!account || !password || !(await verifyPassword(password, account.passwordHash)))
		return {
			status: 400,
			json: { code: 400, error_code: 'invalid_credentials', msg: 'Invalid login credentials' }
		};
	const expiresIn = 3600;
	return {
		status: 200,
		json: {
			access_token: tokenFor({ userId: account.userId, email: account.email }),
			token_type: 'bearer',
			expires_in: expiresIn,
			expires_at: Math.floor(Date.now() / 1000) + expiresIn,
			refresh_token: 'fake-refresh',
			user: { id: account.userId, aud: 'authenticated', role: 'authenticated', email: account.email }
		}
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
	faults: FaultSwitch = { mode: 'none' }
): Promise<Server> {
	const server = createServer((request, response) => {
		let body = '';
		request.on('data', (chunk) => (body += chunk));
		request.on('end', async () => {
			const path = new URL(request.url ?? '/', 'http://x').pathname;
			let result: { status: number; json: unknown };
			if (faults.mode === 'error') result = { status: 503, json: { message: 'service unavailable' } };
			else if (faults.mode === 'garbage' && !path.endsWith('/data_version')) {
				result = { status: 200, json: { map: 'not a snapshot' } };
			} else if (path === '/auth/v1/token') result = await tokenResponse(db, body);
			else result = await rpcResponse(db, request.method ?? 'GET', path, body, request.headers.authorization);
			response.writeHead(result.status, { 'content-type': 'application/json' });
			response.end(JSON.stringify(result.json));
		});
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

// As a program: tsx scripts/testing/fake-postgrest.ts <port>
if (process.argv[1]?.endsWith('fake-postgrest.ts')) {
	const port = Number(process.argv[2] ?? 54321);
	const db = await openEmbedded({ dataDir: 'memory://' });
	await serveFakePostgrest(db, port);
	console.log(`fake PostgREST on http://127.0.0.1:${port}`);
}
