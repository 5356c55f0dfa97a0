// TypeScript types generated from the SQL schema with Kanel (no Docker: it reads a running PostgreSQL), for the
// tables the domain schemas describe. `npm run types` writes them to src/lib/domain/generated/ from a fresh
// database made as for the SQL tests; scripts/testing/domain-schema.test.ts generates them again and fails
// when the committed ones are stale, and src/lib/domain/entities/generated.test.ts checks the domain schemas
// against them at compile time (npm run check).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import kanel from 'kanel';

const { processDatabase } = kanel;
import { connectionFor, createTestDatabase, TEST_DATABASE } from './testing/test-database.ts';

export const GENERATED_DIR = join(import.meta.dirname, '..', 'src', 'lib', 'domain', 'generated');
export const TABLES = [
	'arrangement',
	'arrangement_member',
	'coordinator',
	'arrangement_coordinator',
	'service',
	'staff',
	'staff_invitation',
	// What they refer to, so that the references resolve.
	'municipality',
	'county',
	'service_category'
];

/** Writes the types of the domain's tables in `database` to `outputPath`; returns the files by name. */
export async function generateTypes(database: string, outputPath: string): Promise<Map<string, string>> {
	const connection = connectionFor(database);
	await processDatabase({
		connection: {
			host: String(connection.host ?? ''),
			port: connection.port,
			user: connection.user,
			password: connection.password ? String(connection.password) : undefined,
			database
		},
		schemas: ['public'],
		outputPath,
		preDeleteOutputFolder: true,
		typeFilter: (type) => type.kind === 'table' && TABLES.includes(type.name),
		// As the app holds them: dates as åååå-mm-dd text, numbers as numbers, ids as plain text.
		customTypeMap: {
			'pg_catalog.date': 'string',
			'pg_catalog.timestamptz': 'string',
			'pg_catalog.numeric': 'number'
		},
		generateIdentifierType: undefined,
		enumStyle: 'type'
	});
	const dir = join(outputPath, 'public');
	return new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const database = `${TEST_DATABASE}_types`;
	await createTestDatabase(database);
	await generateTypes(database, GENERATED_DIR);
	console.log(`types: wrote ${readdirSync(join(GENERATED_DIR, 'public')).join(', ')}`);
}
