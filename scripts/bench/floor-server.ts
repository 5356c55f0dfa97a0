// The floor for the server benchmark (scripts/bench/server.ts), in a process of its own as the app is:
// a bare Node http server answering every request with the bytes and headers the app sent for one URL.
// Usage: floor-server.ts <app URL> <port>; says "ready" on stdout once it listens.
import { createServer, get } from 'node:http';

const [url, port] = process.argv.slice(2);

const sent = await new Promise<{ headers: Record<string, string>; body: Buffer }>((done, fail) => {
	// Encoded as for a browser, and kept so (fetch would decode the body).
	get(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } }, (response) => {
		const chunks: Buffer[] = [];
		response.on('data', (chunk: Buffer) => chunks.push(chunk));
		response.on('end', () => {
			const headers: Record<string, string> = {};
			for (const [name, value] of Object.entries(response.headers))
				if (typeof value === 'string' && !['date', 'connection', 'keep-alive'].includes(name))
					headers[name] = value;
			done({ headers, body: Buffer.concat(chunks) });
		});
	}).on('error', fail);
});

createServer((_, response) => {
	response.writeHead(200, sent.headers);
	response.end(sent.body);
}).listen(Number(port), '127.0.0.1', () => console.log('ready'));
