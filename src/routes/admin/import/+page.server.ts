import { fail } from '@sveltejs/kit';
import { staffForAction, staffPage, DATABASE_DOWN } from '$lib/server/staff-guard';
import { isUnavailable } from '$lib/server/staff-data';
import { DatabaseRefusal } from '$lib/server/db/transport';
import { snapshotStore } from '$lib/server/public-data';
import {
	applyImport,
	confirmedRemovals,
	postedMapping,
	prepareImport,
	removalConfirmation,
	type PreparedImport
} from '$lib/server/import';
import { isImportTable, type ImportTable } from '$lib/staff/import/columns';
import { decodeText, ImportFileError } from '$lib/staff/import/read';
import { importUploads, UPLOAD_MINUTES, type Upload } from '$lib/server/import-uploads';
import type { ImportPlan } from '$lib/staff/import/plan';
import { IMPORT_FILE_LIMIT, importFileMegabytes } from '$lib/server/request-limits';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** How many rows of each list the preview shows (the counts are always complete). */
const SHOWN = 200;

/** The staff session the uploads belong to (the actions run only for staff, so there is one). */
const sessionOf = (locals: App.Locals) => locals.session?.id ?? '';

// Nothing to read but the staff check; after a post while the database is down, the form with its message.
export const load: PageServerLoad = (event) =>
	staffPage(
		event,
		async () => ({}),
		() => ({})
	);

interface Posted extends Upload {
	table: ImportTable;
	removeMissing: boolean;
	/** Where the file is kept for the next step (see import-uploads.ts). */
	upload: string;
}

/** Said when a preview's file is no longer kept: nothing is lost but the upload. */
const UPLOAD_GONE = `Filen fra forhåndsvisningen er ikke lenger lagret (den holdes i ${UPLOAD_MINUTES} minutter). Last den opp på nytt; ingenting er endret.`;

/** The form's table, file (a new upload, or the one kept from the preview) and options. */
async function readPosted(form: FormData, owner: string): Promise<Posted | { error: string }> {
	const table = String(form.get('tabell') ?? '');
	if (!isImportTable(table)) return { error: 'Velg hvilken tabell filen skal inn i.' };
	const removeMissing = form.get('fjern') === 'ja';
	const upload = form.get('fil');
	if (upload instanceof File && upload.name && upload.size === 0) return { error: 'Filen er tom.' };
	if (upload instanceof File && upload.size > 0) {
		if (upload.size > IMPORT_FILE_LIMIT)
			return { error: m.error_import_too_large({ megabytes: importFileMegabytes }, { locale: 'nb' }) };
		const { text, encoding } = decodeText(new Uint8Array(await upload.arrayBuffer()));
		const file = { text, encoding, fileName: upload.name };
		return { table, ...file, removeMissing, upload: importUploads.put(owner, file) };
	}
	const id = form.get('fil-id');
	if (typeof id === 'string' && id !== '') {
		const kept = importUploads.get(owner, id);
		return kept ? { table, ...kept, removeMissing, upload: id } : { error: UPLOAD_GONE };
	}
	return { error: 'Velg en CSV-fil.' };
}

/** What the page shows of a prepared import (the lists cut to SHOWN rows). */
function preview(posted: Posted, prepared: PreparedImport) {
	const cut = <T>(list: T[]) => list.slice(0, SHOWN);
	const plan: ImportPlan = prepared.plan;
	return {
		step: 'preview' as const,
		table: posted.table,
		upload: posted.upload,
		fileName: posted.fileName,
		encoding: prepared.file.encoding,
		delimiter: prepared.file.delimiter,
		rowCount: prepared.file.rows.length,
		headers: prepared.file.headers,
		mapping: prepared.mapping,
		removeMissing: posted.removeMissing,
		digest: prepared.digest,
		tableSize: prepared.tableSize,
		confirmation: removalConfirmation(plan.removals.length, prepared.tableSize),
		unreachable: cut(plan.unreachable),
		unreachableCount: plan.unreachable.length,
		counts: {
			additions: plan.additions.length,
			changes: plan.changes.length,
			removals: plan.removals.length,
			unchanged: plan.unchanged,
			errors: plan.errors.length
		},
		additions: cut(plan.additions),
		changes: cut(plan.changes).map(({ line, id, fields }) => ({ line, id, fields })),
		removals: cut(plan.removals),
		errors: cut(plan.errors)
	};
}

async function prepare(form: FormData, data: Parameters<typeof prepareImport>[0], owner: string) {
	const posted = await readPosted(form, owner);
	if ('error' in posted) return { failure: fail(400, { step: 'upload' as const, error: posted.error }) };
	try {
		const prepared = await prepareImport(
			data,
			posted.table,
			posted.text,
			posted.encoding,
			(headers) => postedMapping(form, posted.table, headers),
			posted.removeMissing
		);
		return { posted, prepared };
	} catch (cause) {
		if (cause instanceof ImportFileError)
			return { failure: fail(400, { step: 'upload' as const, error: cause.message }) };
		if (isUnavailable(cause))
			return { failure: fail(503, { step: 'upload' as const, error: DATABASE_DOWN }) };
		throw cause;
	}
}

/** Both steps: the staff session, then the posted form and file, read and planned. */
async function prepareRequest({ locals, url, request }: RequestEvent) {
	// Staff first, before anything in the request is read.
	const staff = await staffForAction(locals, url);
	const form = await request.formData();
	if (!staff) return { failure: fail(503, { step: 'upload' as const, error: DATABASE_DOWN }) };
	const result = await prepare(form, staff.data, sessionOf(locals));
	if ('failure' in result) return { failure: result.failure };
	return { staff, form, posted: result.posted, prepared: result.prepared };
}

export const actions: Actions = {
	preview: async (event) => {
		const result = await prepareRequest(event);
		if ('failure' in result) return result.failure;
		return preview(result.posted, result.prepared);
	},

	apply: async (event) => {
		const result = await prepareRequest(event);
		if ('failure' in result) return result.failure;
		const { staff, form, posted, prepared } = result;
		const shown = preview(posted, prepared);
		if (prepared.plan.errors.length)
			return fail(400, {
				...shown,
				error: 'Filen har feil. Rett dem i filen og last den opp igjen; ingenting er endret.'
			});
		if (prepared.digest !== form.get('sammendrag'))
			return fail(409, {
				...shown,
				error:
					'Dataene eller filen er endret siden forhåndsvisningen. Se over den nye forhåndsvisningen før du bruker den; ingenting er endret.'
			});
		const removals = prepared.plan.removals.length;
		const confirmed = confirmedRemovals(form, removals);
		if (removals > 0 && confirmed !== removals)
			return fail(400, {
				...shown,
				error:
					shown.confirmation === 'typed'
						? `Importen fjerner ${removals} rader. Skriv ${removals} i feltet under «Fjernes» for å bekrefte; ingenting er endret.`
						: `Importen fjerner ${removals} rader. Kryss av for at de skal fjernes; ingenting er endret.`
			});
		try {
			const done = await applyImport(staff.data, prepared.plan, confirmed);
			importUploads.drop(posted.upload);
			snapshotStore().invalidate();
			return { step: 'done' as const, table: posted.table, result: done };
		} catch (cause) {
			if (cause instanceof DatabaseRefusal)
				return fail(400, {
					...shown,
					error: `Databasen avviste importen, så ingenting er endret: ${cause.message}`
				});
			if (isUnavailable(cause)) return fail(503, { ...shown, error: DATABASE_DOWN });
			throw cause;
		}
	}
};
