// A stand-in for Supabase's PostgREST, for tests and benchmarks that need the production shape (the app
// server talking HTTP to a separate database service) without a Supabase project: POST /rest/v1/rpc/<fn>
// runs the same SQL function in PGlite as the anon role. It can be stopped and started again to play a
// database outage.
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

export function serveFakePostgrest(db: PGlite, port: number): Promise<Server> {
	const server = createServer((request, response) => {
		let body = '';
		request.on('data', (chunk) => (body += chunk));
		request.on('end', async () => {
			const { status, json } = await rpcResponse(
				db,
				request.method ?? 'GET',
				new URL(request.url ?? '/', 'http://x').pathname,
				body
			);
			response.writeHead(status, { 'content-type': 'application/json' });
			response.end(JSON.stringify(json));
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
