// The migrations the baseline replaced, read from the git history (src/lib/server/db/baseline.ts names the
// commit and their hashes), for the tests that build a database the old way. Null when that commit is not in
// this clone (a shallow clone): the tests then say they were skipped.
import { spawnSync } from 'node:child_process';
import { hashOf, projectRoot, type SqlFile } from '../../src/lib/server/db/schema.ts';
import { PRE_BASELINE_COMMIT, PRE_BASELINE_MIGRATIONS } from '../../src/lib/server/db/baseline.ts';

export function preBaselineMigrations(): SqlFile[] | null {
	const files: SqlFile[] = [];
	for (const [name, hash] of PRE_BASELINE_MIGRATIONS) {
		const show = spawnSync('git', ['show', `${PRE_BASELINE_COMMIT}:supabase/migrations/${name}`], {
			cwd: projectRoot(),
			encoding: 'utf8',
			maxBuffer: 16 * 1024 * 1024
		});
		if (show.status !== 0) return null;
		if (hashOf(show.stdout) !== hash)
			throw new Error(`${name} at ${PRE_BASELINE_COMMIT} is not the recorded version`);
		files.push({ name, sql: show.stdout, hash });
	}
	return files;
}
