// Writing rows as SQL that runs the same on Supabase, PostgreSQL and PGlite.

export type SqlValue = string | number | boolean | null | undefined;

export function literal(value: SqlValue): string {
	if (value === null || value === undefined) return 'null';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
		return String(value);
	}
	return `'${value.replaceAll("'", "''")}'`;
}

/** One multi-row INSERT per chunk of rows; columns in the order given. */
export function insertRows<T extends object>(
	table: string,
	columns: (keyof T & string)[],
	rows: T[],
	chunk = 1000
): string {
	const statements: string[] = [];
	for (let i = 0; i < rows.length; i += chunk) {
		const values = rows
			.slice(i, i + chunk)
			.map((row) => `  (${columns.map((c) => literal(row[c] as SqlValue)).join(', ')})`)
			.join(',\n');
		statements.push(`insert into ${table} (${columns.join(', ')}) values\n${values};\n`);
	}
	return statements.join('\n');
}

/** Like insertRows, but rows whose key exists already get the other columns updated. */
export function upsertRows<T extends object>(
	table: string,
	columns: (keyof T & string)[],
	key: keyof T & string,
	rows: T[],
	chunk = 1000
): string {
	const updates = columns
		.filter((c) => c !== key)
		.map((c) => `${c} = excluded.${c}`)
		.join(', ');
	return insertRows(table, columns, rows, chunk).replaceAll(
		/;\n/g,
		`\non conflict (${key}) do update set ${updates};\n`
	);
}
