// Hostile input for the production server: oversized bodies and fields, malformed encodings, deep and huge
// JSON, slow clients, odd paths and queries, unicode tricks and CSV bombs. Each case sends raw HTTP (so that
// headers, lengths and bytes can be wrong on purpose) and records the status, or how the connection ended.
// Run by tests/e2e/hostile.spec.ts against `npm start`'s shape in CI and by `npm run bench` (scripts/bench).
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';

export interface Target {
	host: string;
	port: number;
	/** The site's ORIGIN, sent as Origin on form posts (SvelteKit refuses cross-site posts). */
	origin: string;
	/** A staff member's session cookie ("kk_session=…"), for the import cases. */
	staffCookie?: string;
}

export interface CaseResult {
	name: string;
	/** A public page (must never answer 5xx) or the staff area. */
	public: boolean;
	/** Requests (or connections) this case made. */
	requests: number;
	/** HTTP statuses, or 'closed' when the server ended the connection without an answer. */
	outcomes: (number | 'closed')[];
}

interface RawRequest {
	method?: string;
	path: string;
	headers?: Record<string, string | number>;
	body?: Buffer | string | Buffer[];
	/** Leave out Content-Length and send the body in chunks. */
	chunked?: boolean;
}

const MiB = 2 ** 20;

/** One request; the status, or 'closed' when the server cut it off (a refused body may be cut short). */
function send(target: Target, raw: RawRequest, timeoutMs = 60_000): Promise<number | 'closed'> {
	return new Promise((resolve) => {
		const parts = raw.body === undefined ? [] : Array.isArray(raw.body) ? raw.body : [Buffer.from(raw.body)];
		const length = parts.reduce((n, p) => n + p.byteLength, 0);
		const headers: Record<string, string | number> = { ...raw.headers };
		if (raw.body !== undefined && !raw.chunked && headers['content-length'] === undefined)
			headers['content-length'] = length;
		const request = httpRequest(
			{
				host: target.host,
				port: target.port,
				method: raw.method ?? 'GET',
				path: raw.path,
				headers,
				agent: false
			},
			(response) => {
				response.resume();
				response.on('end', () => resolve(response.statusCode ?? 0));
				response.on('error', () => resolve(response.statusCode ?? 'closed'));
			}
		);
		request.setTimeout(timeoutMs, () => request.destroy());
		request.on('error', () => resolve('closed'));
		(async () => {
			for (const part of parts) {
				if (request.destroyed) return;
				if (!request.write(part)) await new Promise((r) => request.once('drain', r).once('close', r));
			}
			request.end();
		})();
	});
}

/** A raw socket: bytes as they are, even ones no HTTP client would send. */
function sendBytes(target: Target, bytes: Buffer, timeoutMs = 20_000): Promise<number | 'closed'> {
	return new Promise((resolve) => {
		const socket = connect(target.port, target.host);
		let answer = '';
		socket.setTimeout(timeoutMs, () => socket.destroy());
		socket.on('connect', () => socket.write(bytes));
		socket.on('data', (chunk) => {
			answer += chunk.toString('latin1');
			const status = /^HTTP\/1\.[01] (\d{3})/.exec(answer)?.[1];
			if (status) {
				socket.destroy();
				resolve(Number(status));
			}
		});
		socket.on('close', () => resolve('closed'));
		socket.on('error', () => resolve('closed'));
	});
}

/**
 * Slow clients: connections that send their headers a few bytes at a time and never finish. The server must
 * drop them (its header timeout) while it keeps answering others. 'closed' is the wanted outcome.
 */
function slowHeaders(target: Target, connections: number, giveUpMs: number): Promise<(number | 'closed')[]> {
	return Promise.all(
		Array.from(
			{ length: connections },
			() =>
				new Promise<number | 'closed'>((resolve) => {
					const socket = connect(target.port, target.host);
					let timer: NodeJS.Timeout | undefined;
					const done = (outcome: number | 'closed') => {
						clearInterval(timer);
						socket.destroy();
						resolve(outcome);
					};
					socket.on('connect', () => {
						socket.write('GET / HTTP/1.1\r\nHost: x\r\n');
						timer = setInterval(() => socket.write(`X-Slow-${Date.now()}: 1\r\n`), 1000);
					});
					socket.on('data', (chunk) =>
						done(Number(/^HTTP\/1\.[01] (\d{3})/.exec(chunk.toString())?.[1] ?? 0))
					);
					socket.on('close', () => done('closed'));
					socket.on('error', () => done('closed'));
					// Still open at the end: the server would have kept it forever (recorded as 0).
					setTimeout(() => done(0), giveUpMs);
				})
		)
	);
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

/** A multipart body with a file, as the import page posts it. */
function multipart(fields: Record<string, string>, file: { name: string; content: Buffer }) {
	const boundary = `----hostile${Date.now()}`;
	const parts: Buffer[] = [];
	for (const [name, value] of Object.entries(fields))
		parts.push(
			Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
		);
	parts.push(
		Buffer.from(
			`--${boundary}\r\nContent-Disposition: form-data; name="fil"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n`
		),
		file.content,
		Buffer.from(`\r\n--${boundary}--\r\n`)
	);
	return { body: parts, contentType: `multipart/form-data; boundary=${boundary}` };
}

export const ODD_PATHS = [
	'/../../etc/passwd',
	'/%2e%2e/%2e%2e/etc/passwd',
	'/kommune/..%2f..%2f..%2fetc%2fpasswd',
	'//evil.example/',
	'/\\evil.example',
	'/kommune/0301-oslo/..;/admin',
	'/kommune/%00',
	'/kommune/%E0%A4%A',
	'/%ff%fe',
	`/kommune/${'9'.repeat(5000)}`,
	`/liste?${'fylke=03&'.repeat(1500)}`,
	'/liste?sort=__proto__&fylke[]=x&status=constructor',
	'/liste?fylke=%E0%A4%A&status=%ff',
	'/statistikk?aar=1e309&lag=%3Cscript%3Ealert(1)%3C/script%3E',
	'/statistikk?aar=-99999999999999999999&fase=x&fylke=99',
	'/statistikk/kart.svg?aar=99999&lag=fase&fylke=../../',
	`/statistikk/deling.png?ar=1e309&fase=${'x,'.repeat(3000)}&kommune=../../etc`,
	'/kommune/%C0%AE%C0%AE/deling.png',
	`/kommune/${'9'.repeat(5000)}/deling.png`,
	'/embed/kart?zoom=NaN&x=Infinity&y=-Infinity',
	'/api/oversikt.json?callback=alert',
	'/api/snapshot.json?callback=alert',
	'/api/tidslinje.json?fra=0&til=99999999',
	`/sok?q=${'a'.repeat(6000)}`,
	'/sok?q=%E0%A4%A',
	'/nn/../en/liste',
	'/en/kommune/%C0%AE%C0%AE/',
	'/kart.svg?w=1000000&h=1000000',
	'/sitemap.xml?x=%0d%0aSet-Cookie:%20a=b',
	'/robots.txt/../admin'
];

/** Unicode tricks in search and page addresses: right-to-left override, zero-width, combining marks, homoglyphs. */
export const UNICODE_QUERIES = [
	'\u202Eolso',
	'os\u200Blo',
	'o' + '\u0301'.repeat(3000),
	'\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67'.repeat(200),
	'Оslo',
	'０３０１',
	'\uFEFFberg\u0000',
	'\uD800',
	'ǅ'.repeat(2000),
	'ﬃ'.repeat(3000)
];

/** Percent-encoding that also writes a lone surrogate (which encodeURIComponent refuses) as its raw bytes. */
const encode = (text: string) =>
	[...text]
		.map((c) => {
			try {
				return encodeURIComponent(c);
			} catch {
				return '%ED%A0%80';
			}
		})
		.join('');

/** The whole corpus; `slowMs` is how long the slow clients are given (well over the server's 10 s header timeout: a busy machine answers late). */
export async function runCorpus(target: Target, slowMs = 45_000): Promise<CaseResult[]> {
	const results: CaseResult[] = [];
	const record = async (name: string, isPublic: boolean, runs: Promise<number | 'closed'>[]) => {
		const outcomes = await Promise.all(runs);
		results.push({ name, public: isPublic, requests: outcomes.length, outcomes });
	};
	const post = (
		path: string,
		body: Buffer | string | Buffer[],
		contentType: string,
		extra: Partial<RawRequest> = {}
	) =>
		send(target, {
			method: 'POST',
			path,
			headers: { origin: target.origin, 'content-type': contentType, accept: 'text/html', ...extra.headers },
			body,
			chunked: extra.chunked
		});
	const urlencoded = 'application/x-www-form-urlencoded';

	// Started first and left running, so that everything else happens while they hold their connections.
	const slow = slowHeaders(target, 30, slowMs);

	// Oversized bodies and fields.
	const huge = 'a'.repeat(12 * MiB);
	await record('sign-in with a 12 MiB e-mail address, three times at once', true, [
		post('/logg-inn?/passord', form({ email: huge, password: 'x' }), urlencoded),
		post('/logg-inn?/passord', form({ email: huge, password: 'x' }), urlencoded),
		post('/logg-inn?/passord', form({ email: huge, password: 'x' }), urlencoded)
	]);
	await record('20 MiB sent in chunks without a length', true, [
		post(
			'/logg-inn?/passord',
			Array.from({ length: 20 }, () => Buffer.alloc(MiB, 'a')),
			urlencoded,
			{ chunked: true }
		)
	]);
	await record('one field of 20 000 characters, under the body limit', true, [
		post('/logg-inn?/passord', form({ email: 'b'.repeat(20_000), password: 'x' }), urlencoded),
		post('/logg-inn?/lenke', form({ email: 'b'.repeat(20_000) }), urlencoded)
	]);
	await record('an e-mail address of 5 000 characters', true, [
		post(
			'/logg-inn?/passord',
			form({ email: `${'c'.repeat(5000)}@example.org`, password: 'x'.repeat(5000) }),
			urlencoded
		)
	]);
	await record('15 000 tiny fields', true, [post('/logg-inn?/passord', 'a=1&'.repeat(15_000), urlencoded)]);
	await record('the import upload, 20 MiB, without signing in', false, [
		post('/admin/import?/preview', Buffer.alloc(20 * MiB, 'x'), 'multipart/form-data; boundary=x')
	]);
	await record('a body longer than its Content-Length says', true, [
		sendBytes(
			target,
			Buffer.from(
				`POST /logg-inn?/passord HTTP/1.1\r\nHost: x\r\nOrigin: ${target.origin}\r\nContent-Type: ${urlencoded}\r\nContent-Length: 10\r\n\r\nemail=a&password=b${'z'.repeat(100_000)}`
			)
		)
	]);
	await record('headers of 30 KB, 2 000 headers, a 100 KB address', true, [
		send(target, { path: '/', headers: { cookie: `kk_session=${'x'.repeat(30_000)}` } }),
		send(target, {
			path: '/',
			headers: Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`x-h${i}`, 'v']))
		}),
		send(target, { path: `/sok?q=${'q'.repeat(100_000)}` })
	]);
	await record('a session cookie that is garbage, altered or huge', true, [
		send(target, { path: '/', headers: { cookie: 'kk_session=%%%' } }),
		send(target, { path: '/admin', headers: { cookie: `kk_session=${'A'.repeat(4000)}` } }),
		send(target, { path: '/kommune/0301-oslo', headers: { cookie: 'kk_session=eyJ1c2VySWQiOiJ4In0.c2ln' } })
	]);

	// Malformed encodings.
	await record('forms with broken percent-encoding, invalid UTF-8, a lying content type', true, [
		post('/logg-inn?/passord', 'email=%E0%A4%A&password=%', urlencoded),
		post(
			'/logg-inn?/passord',
			Buffer.from([0x65, 0x6d, 0x61, 0x69, 0x6c, 0x3d, 0xff, 0xfe, 0xc3, 0x28]),
			urlencoded
		),
		post('/logg-inn?/passord', 'email=a&password=b', 'multipart/form-data'),
		post(
			'/logg-inn?/passord',
			'--x\r\nContent-Disposition: form-data; name="email"\r\n\r\nabc',
			'multipart/form-data; boundary=x'
		),
		post('/logg-inn?/passord', 'email=a', 'application/x-www-form-urlencoded; charset=utf-7'),
		post('/logg-inn?/passord', Buffer.from('email=a&password=b', 'utf16le'), `${urlencoded}; charset=utf-16`),
		sendBytes(target, Buffer.from('GET /\u00ff\u0000 HTTP/1.1\r\nHost: x\r\n\r\n', 'latin1')),
		sendBytes(
			target,
			Buffer.from(
				'GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\nzzzz\r\n\r\n'
			)
		),
		sendBytes(target, Buffer.from('\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03', 'latin1'))
	]);

	// Deep and huge JSON.
	await record('JSON 100 000 levels deep, and 10 MiB of it', true, [
		post('/logg-inn?/passord', '['.repeat(100_000), 'application/json'),
		post('/api/snapshot.json', '{"a":'.repeat(50_000), 'application/json'),
		post('/logg-inn?/passord', `[${'1,'.repeat(5 * MiB)}1]`, 'application/json'),
		post('/', '{"__proto__":{"admin":true}}', 'application/json')
	]);

	// Odd paths and queries, and unicode tricks.
	await record(
		'odd paths and queries',
		true,
		ODD_PATHS.map((path) => send(target, { path }))
	);
	await record('unicode tricks in search and addresses', true, [
		...UNICODE_QUERIES.map((q) => send(target, { path: `/sok?q=${encode(q)}` })),
		...UNICODE_QUERIES.slice(0, 5).map((q) => send(target, { path: `/kommune/${encode(q)}` })),
		post(
			'/logg-inn?/passord',
			form({ email: 'a\u0000@example.org', password: '\u202E' + '\u0301'.repeat(900) }),
			urlencoded
		)
	]);
	await record('a forged Host header', true, [
		send(target, { path: '/sitemap.xml', headers: { host: 'evil.example' } }),
		send(target, {
			path: '/robots.txt',
			headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' }
		}),
		send(target, { path: '/statistikk', headers: { host: 'evil.example:80@x' } })
	]);

	await record(
		'slow clients that never finish their headers',
		true,
		await slow.then((o) => o.map((x) => Promise.resolve(x)))
	);
	return results;
}

/** CSV bombs, as signed-in staff (the import is theirs alone): huge cells, columns, lines, open quotes. */
export async function runCsvBombs(target: Target): Promise<CaseResult[]> {
	const results: CaseResult[] = [];
	if (!target.staffCookie) return results;
	const outcomes = await Promise.all(
		(
			[
				['celle.csv', Buffer.from(`id;navn\n1;"${'x'.repeat(7 * MiB)}"\n`)],
				['kolonner.csv', Buffer.from(`${Array.from({ length: 20_000 }, (_, i) => `k${i}`).join(';')}\n`)],
				['linjer.csv', Buffer.from(`id;navn\n${'1;a\n'.repeat(300_000)}`)],
				['sitat.csv', Buffer.from(`id;navn\n1;"${'y;'.repeat(500_000)}\n`)],
				['komma.csv', Buffer.alloc(8 * MiB - 1024, ',')],
				[
					'formel.csv',
					Buffer.from('id;navn\n1;=HYPERLINK("http://evil.example","x")\n2;+cmd|\' /C calc\'!A0\n')
				],
				['stor.csv', Buffer.alloc(9 * MiB, 'a')]
			] as const
		).map(([name, content]) => {
			const { body, contentType } = multipart({ tabell: 'arrangement' }, { name, content });
			return send(target, {
				method: 'POST',
				path: '/admin/import?/preview',
				headers: {
					cookie: target.staffCookie!,
					origin: target.origin,
					accept: 'text/html',
					'content-type': contentType
				},
				body
			});
		})
	);
	results.push({
		name: 'CSV bombs: one 7 MiB cell, 20 000 columns, 300 000 lines, an open quote, 8 MiB of commas, 9 MiB',
		public: false,
		requests: outcomes.length,
		outcomes
	});
	return results;
}

/** Counts for a report: requests tried, and the outcomes that break a promise. */
export function summarise(results: CaseResult[]) {
	const requests = results.reduce((n, r) => n + r.requests, 0);
	const publicServerErrors = results.flatMap((r) =>
		r.public ? r.outcomes.filter((o) => typeof o === 'number' && o >= 500).map((o) => `${r.name}: ${o}`) : []
	);
	const serverErrors = results.flatMap((r) =>
		r.outcomes.filter((o) => typeof o === 'number' && o >= 500).map((o) => `${r.name}: ${o}`)
	);
	return { requests, publicServerErrors, serverErrors };
}
