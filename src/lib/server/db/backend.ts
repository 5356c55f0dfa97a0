// Which backend the server uses: the one place that decides. Supabase when a project is configured (its URL
// and its anon key), else the embedded PGlite. The data calls, sign-in and sign-in links all ask here, so they
// cannot disagree (before, sign-in used Supabase Auth on the URL alone while the data stayed embedded).
// Half a configuration is refused with a clear message rather than silently running on the demo database.

export type Backend =
	{ kind: 'supabase'; url: string; anonKey: string } | { kind: 'embedded'; dataDir: string | null };

export interface BackendSettings {
	PUBLIC_SUPABASE_URL?: string;
	PUBLIC_SUPABASE_ANON_KEY?: string;
	KOORDINATORKART_PGLITE_DIR?: string;
}

export class BackendConfigError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BackendConfigError';
	}
}

export function chooseBackend(settings: BackendSettings): Backend {
	const url = settings.PUBLIC_SUPABASE_URL?.trim() || '';
	const anonKey = settings.PUBLIC_SUPABASE_ANON_KEY?.trim() || '';
	if (url && anonKey) return { kind: 'supabase', url, anonKey };
	if (url || anonKey)
		throw new BackendConfigError(
			`${url ? 'PUBLIC_SUPABASE_URL' : 'PUBLIC_SUPABASE_ANON_KEY'} is set but ${
				url ? 'PUBLIC_SUPABASE_ANON_KEY' : 'PUBLIC_SUPABASE_URL'
			} is not: set both to use Supabase, or neither for the embedded database.`
		);
	return { kind: 'embedded', dataDir: settings.KOORDINATORKART_PGLITE_DIR?.trim() || null };
}
