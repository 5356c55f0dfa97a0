// Production entry (npm start): SvelteKit's adapter-node handler, behind a fast path that answers cached
// public responses straight from Node's http server (the hook in src/hooks.server.ts publishes it).
// Anything else, and every cache miss, goes through SvelteKit as usual.
import http from 'node:http';
import process from 'node:process';

// Spreadsheet imports post the file's text (up to 20 000 rows); adapter-node's default limit is 512 kB.
process.env.BODY_SIZE_LIMIT ??= '16M';
const { handler } = await import('./build/handler.js');

const fastResponse = Symbol.for('koordinatorkart.fastResponse');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

const server = http.createServer((request, response) => {
	const fast = globalThis[fastResponse];
	if (typeof fast === 'function' && fast(request, response)) return;
	handler(request, response, () => {
		response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
		response.end('Not found');
	});
});

// Keep idle connections open longer than clients and proxies typically do (Node's default is 5 s), so that a
// client never reuses a connection the server is just closing (which the client sees as ECONNRESET).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

for (const signal of ['SIGTERM', 'SIGINT']) {
	process.on(signal, () => {
		server.close(() => process.exit(0));
		server.closeIdleConnections();
		setTimeout(() => process.exit(0), 5000).unref();
	});
}
