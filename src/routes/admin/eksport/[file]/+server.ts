// Downloads of the programme data: /admin/eksport/programdata.json, /admin/eksport/<table>.csv.
import { error } from '@sveltejs/kit';
import { requireStaff, DATABASE_DOWN } from '$lib/server/staff-guard';
import { EXPORT_TABLES, isUnavailable, type ExportTable } from '$lib/server/staff-data';
import { toCsv } from '$lib/csv';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const table = params.file.replace(/\.csv$/, '') as ExportTable;
	const json = params.file === 'programdata.json';
	if (!json && !(params.file.endsWith('.csv') && EXPORT_TABLES.includes(table)))
		error(404, 'Ukjent eksportfil.');
	const { data } = await requireStaff(locals, url);
	let exported;
	try {
		exported = await data.exportProgrammeData();
	} catch (cause) {
		if (isUnavailable(cause)) error(503, DATABASE_DOWN);
		throw cause;
	}
	const date = exported.exported_at.slice(0, 10);
	const headers = (type: string, name: string, extension: string) => ({
		'content-type': type,
		'content-disposition': `attachment; filename="koordinatorkart-${name}-${date}.${extension}"`,
		'cache-control': 'no-store'
	});
	if (json)
		return new Response(JSON.stringify(exported, null, 2), {
			headers: headers('application/json; charset=utf-8', 'programdata', 'json')
		});
	const rows = exported[table];
	const columns = rows.length > 0 ? Object.keys(rows[0]) : [];
	return new Response(toCsv(columns, rows), { headers: headers('text/csv; charset=utf-8', table, 'csv') });
};
