// How much a request may send. Every request body is small (BODY_LIMIT) and every form field short
// (FIELD_LIMIT), except the spreadsheet import, which may post a large file, and only for signed-in staff.
// The limits are decided from the headers and the session before a byte of the body is read, and the body is
// then read with the limit as a hard stop (a client that sends more than its Content-Length said, or sends
// chunks without one, is cut off at the limit too). adapter-node's BODY_SIZE_LIMIT (server.js) is an outer
// bound above IMPORT_BODY_LIMIT.

/** Any request body, anonymous or not, except the import upload. */
export const BODY_LIMIT = 64 * 1024;
/**
 * The largest spreadsheet the import takes. A real one is far smaller (every arrangement in the country is
 * about 50 KB; the most rows an import may have, of a wide table, about 2 MB). Reading a file takes a few
 * copies of its bytes and then its cells, and this keeps that inside the server's memory cap (`npm start`).
 */
export const IMPORT_FILE_LIMIT = 4 * 2 ** 20;
/** The file limit as people read it, in the message that refuses a larger file. */
export const importFileMegabytes = IMPORT_FILE_LIMIT / 2 ** 20;
/** The import upload: the file and the form's few short fields. */
export const IMPORT_BODY_LIMIT = IMPORT_FILE_LIMIT + BODY_LIMIT;
/** Any one text field of any form (the longest real field, an arrangement's notes, is far shorter). */
export const FIELD_LIMIT = 10_000;

/** The form actions that take the import upload (only for signed-in staff, see hooks.server.ts). */
export const isImportUpload = (method: string, pathname: string) =>
	method === 'POST' && pathname === '/admin/import';

/** Why a body was refused: the key of the message the visitor reads (messages/*.json, in their language). */
export type Refusal =
	'error_body_too_large' | 'error_import_too_large' | 'error_form_unreadable' | 'error_form_nul';

export type BodyCheck = { ok: true; request: Request } | { ok: false; status: 400 | 413; reason: Refusal };

const TOO_LARGE = { ok: false as const, status: 413 as const, reason: 'error_body_too_large' as const };
const FILE_TOO_LARGE = {
	ok: false as const,
	status: 413 as const,
	reason: 'error_import_too_large' as const
};

/** Reads a body of at most `limit` bytes; null when it is longer. */
async function readAtMost(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
	const reader = body.getReader();
	const chunks: Uint8Array[] = [];
	let length = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		length += value.byteLength;
		if (length > limit) {
			await reader.cancel().catch(() => {});
			return null;
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(length);
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.byteLength;
	}
	return bytes;
}

const isForm = (contentType: string) =>
	/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(contentType);

/**
 * The request with its body read (at most `limit` bytes) and, for a form, every field checked against
 * FIELD_LIMIT; or why it is refused. A request without a body is returned as it is.
 */
export async function checkBody(request: Request, limit: number): Promise<BodyCheck> {
	if (!request.body) return { ok: true, request };
	const declared = Number(request.headers.get('content-length') ?? NaN);
	// Only the import upload has a limit above BODY_LIMIT: its refusal names the file's limit.
	if (declared > limit) return limit > BODY_LIMIT ? FILE_TOO_LARGE : TOO_LARGE;
	// The large import upload is passed on unread: its fields are checked where they are read.
	if (limit > BODY_LIMIT) return { ok: true, request };
	const bytes = await readAtMost(request.body, limit).catch(() => null);
	if (!bytes) return TOO_LARGE;
	const contentType = request.headers.get('content-type') ?? '';
	if (isForm(contentType)) {
		let form: FormData;
		try {
			form = await new Response(bytes as BodyInit, { headers: { 'content-type': contentType } }).formData();
		} catch {
			return { ok: false, status: 400, reason: 'error_form_unreadable' };
		}
		for (const value of form.values()) {
			if (typeof value === 'string' ? value.length > FIELD_LIMIT : value.size > limit) return TOO_LARGE;
			// No text field holds a NUL character (PostgreSQL's text cannot store one): refused here, not deep in a query.
			if (typeof value === 'string' && value.includes('\u0000'))
				return { ok: false, status: 400, reason: 'error_form_nul' };
		}
	}
	const headers = new Headers(request.headers);
	headers.set('content-length', String(bytes.byteLength));
	headers.delete('transfer-encoding');
	return {
		ok: true,
		request: new Request(request.url, { method: request.method, headers, body: bytes as BodyInit })
	};
}

/**
 * Large bodies are read one at a time: the import's work on one file (parsing, decoding, planning) takes a
 * few times its size in memory, so two at once could pass the server's memory cap. A waiting request's body
 * stays unread in the network buffers meanwhile.
 */
export class OneAtATime {
	private last: Promise<unknown> = Promise.resolve();

	run<T>(work: () => Promise<T>): Promise<T> {
		const result = this.last.then(work, work);
		this.last = result.catch(() => {});
		return result;
	}
}
