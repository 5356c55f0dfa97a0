// A stand-in for Supabase's PostgREST, for tests and benchmarks that need the production shape (the app
// server talking HTTP to a separate database service) without a Supabase project: POST /rest/v1/rpc/<fn>
// runs the same SQL function in PGlite as the anon role. Tests can switch faults on, or stop and start it
// again, to play a database outage.
import { createServer, type Server } from 'node:http';
import type { PGlite } from '@electric-sql/pglite';
import { embeddedTransport, openEmbedded } from '../../src/lib/server/db/embedded.ts';

export async function rpcResponse(
	db: PGlite,
	method: string,
	path: string,
	body: string
): Promise<{ status: number; json: unknown }> {
	const fn = /^\/rest\/v1\/rpc\/([a-z_]+)$/.exec(path)?.[1];
	if (method !== 'POST' || !fn) return { status: 404, json: { message: 'not found' } };
	try {
		const args = body ? (JSON.parse(body) as Record<string, string>) : {};
		return { status: 200, json: await embeddedTransport(db).rpc(fn, args) };
	} catch (error) {
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
			} else result = await rpcResponse(db, request.method ?? 'GET', path, body);
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
