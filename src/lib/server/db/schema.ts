// Reads the migrations and seeds that make a database: the same files for Supabase, PostgreSQL and PGlite.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, DATA_FILES, projectRoot } from '../data/files.ts';

export { projectRoot };

export interface SqlFile {
	name: string;
	sql: string;
	hash: string;
}

export const hashOf = (sql: string) => createHash('sha256').update(sql).digest('hex');

export function migrations(root = projectRoot()): SqlFile[] {
	const dir = join(root, 'supabase', 'migrations');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.sql'))
		.sort()
		.map((name) => {
			const sql = readFileSync(join(dir, name), 'utf8');
			return { name, sql, hash: hashOf(sql) };
		});
}

function seedFile(root: string, relative: string): SqlFile {
	const path = join(root, DATA_DIR, relative);
	if (!existsSync(path)) {
		throw new Error(`${path} is missing: run \`npm run data\` first (the data build writes the seeds).`);
	}
	const sql = readFileSync(path, 'utf8');
	return { name: relative, sql, hash: hashOf(sql) };
}

export const referenceSeed = (root = projectRoot()) => seedFile(root, DATA_FILES.referenceSql);
export const demoSeed = (root = projectRoot()) => seedFile(root, DATA_FILES.demoSql);
