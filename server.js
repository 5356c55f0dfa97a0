// Production entry (npm start): SvelteKit's adapter-node handler, behind a fast path that answers cached
// public responses straight from Node's http server (fastResponse, exported by src/hooks.server.ts from
// src/lib/server/fast-path.ts, where the numbers that justify it are). Anything else, and every cache miss,
// goes through SvelteKit as usual.
import { readdirSync } from 'node:fs';
import http from 'node:http';
import process from 'node:process';

// The public address is required: without it adapter-node would take each request's Host header as the
// site's address, and one request with a forged Host would put that address into responses cached for
// everyone (sitemap, share links, iframe code). Every absolute URL the app makes comes from ORIGIN.
const origin = checkedOrigin(process.env.ORIGIN);
if (!origin) {
	console.error(
		'ORIGIN is not set (or is not an address like https://koordinatorkart.no). Set it to the address visitors use, ' +
			'e.g. ORIGIN=https://koordinatorkart.no npm start, or ORIGIN=http://localhost:3000 on your own machine.'
	);
	process.exit(1);
}
process.env.ORIGIN = origin;

// The outer bound for any request body, just above the spreadsheet import's (IMPORT_BODY_LIMIT in
// src/lib/server/request-limits.ts, 4 MB and 64 KB). Every request, the import too, is held to its own limit by
// src/hooks.server.ts, which decides before the body is read.
process.env.BODY_SIZE_LIMIT ??= '5M';
const { handler } = await import('./build/handler.js');
// The hook module as built, the same module instance SvelteKit loaded while starting (above), so the fast
// path reads the cache the hook fills.
/** @type {{ fastResponse: typeof import('./src/lib/server/fast-path.ts').fastResponse }} */
const { fastResponse } = await import(builtHookModule());
if (typeof fastResponse !== 'function') {
	console.error('The built hook module exports no fastResponse: rebuild (npm run build).');
	process.exit(1);
}
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

// A search link can be long (each "ø" is six characters in a URL), longer than Node's default 16 KiB of
// headers: up to 64 KiB reaches the app, which cuts the query and says so (/sok). Beyond that, a page that
// says what happened instead of Node's empty 431.
const MAX_HEADER_BYTES = 64 * 1024;
const TOO_LONG_PAGE = `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Adressen er for lang – Koordinatorkart</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
<h1>Adressen er for lang</h1>
<p>Nettadressen (for eksempel et søk) var for lang til at vi kunne lese den. <a href="/">Gå til forsiden og søk på nytt</a>.</p>
<p lang="nn">Nettadressa var for lang. <a href="/nn/">Gå til framsida og søk på nytt</a>.</p>
<p lang="en">The web address (a search, perhaps) was too long to read. <a href="/en/">Go to the front page and search again</a>.</p>
</body></html>`;

const server = http.createServer(
	{ maxHeaderSize: MAX_HEADER_BYTES, connectionsCheckingInterval: 1000 },
	(request, response) => {
		if (fastResponse(request, response)) return;
		handler(request, response, () => {
			response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
			response.end('Not found');
		});
	}
);

server.on('clientError', (error, socket) => {
	if (error.code === 'HPE_HEADER_OVERFLOW' && socket.writable) {
		const body = Buffer.from(TOO_LONG_PAGE);
		socket.end(
			'HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: text/html; charset=utf-8\r\n' +
				`Content-Length: ${body.length}\r\nConnection: close\r\n\r\n` +
				body
		);
	} else if (error.code !== 'ECONNRESET' && socket.writable) {
		// As Node's own handler would: a client too slow to send its request gets 408, anything else 400.
		const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
		socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
	} else socket.destroy();
});

// Keep idle connections open longer than clients and proxies typically do (Node's default is 5 s), so that a
// client never reuses a connection the server is just closing (which the client sees as ECONNRESET).
server.keepAliveTimeout = 65_000;
// A slow client cannot hold a connection: its headers must arrive within 10 s and its whole request within
// 60 s (enough for a 4 MB import on a slow line), checked every second.
server.headersTimeout = 10_000;
server.requestTimeout = 60_000;
server.maxHeadersCount = 100;
server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

for (const signal of ['SIGTERM', 'SIGINT']) {
	process.on(signal, () => {
		server.close(() => process.exit(0));
		server.closeIdleConnections();
		setTimeout(() => process.exit(0), 5000).unref();
	});
}

/**
 * The address of the built src/hooks.server.ts: adapter-node keeps SvelteKit's entries by name
 * (build/server/chunks/entries/hooks.server.js-<hash>.js). Exactly one, or the start stops and says why.
 */
function builtHookModule() {
	const dir = new URL('./build/server/chunks/entries/', import.meta.url);
	const found = readdirSync(dir).filter((name) => /^hooks\.server\.js-[\w-]+\.js$/.test(name));
	if (found.length !== 1) {
		console.error(
			`Expected one built hook module in ${dir.pathname}, found ${found.length}: rebuild (npm run build).`
		);
		process.exit(1);
	}
	return new URL(found[0], dir).href;
}

/** ORIGIN as a plain origin (scheme, host, port), or null when it is missing or not one. */
function checkedOrigin(value) {
	if (!value) return null;
	try {
		const url = new URL(value);
		return /^https?:$/.test(url.protocol) && url.pathname === '/' && !url.search ? url.origin : null;
	} catch {
		return null;
	}
}
