import { describe, expect, it } from 'vitest';
import { BackendConfigError, chooseBackend } from './backend.ts';

describe('chooseBackend', () => {
	it('uses Supabase when both the URL and the anon key are set', () => {
		expect(
			chooseBackend({ PUBLIC_SUPABASE_URL: 'https://x.supabase.co', PUBLIC_SUPABASE_ANON_KEY: 'k' })
		).toEqual({ kind: 'supabase', url: 'https://x.supabase.co', anonKey: 'k' });
	});

	it('uses the embedded database when neither is set (blank counts as unset)', () => {
		expect(chooseBackend({})).toEqual({ kind: 'embedded', dataDir: null });
		expect(
			chooseBackend({
				PUBLIC_SUPABASE_URL: ' ',
				PUBLIC_SUPABASE_ANON_KEY: '',
				KOORDINATORKART_PGLITE_DIR: '/d'
			})
		).toEqual({ kind: 'embedded', dataDir: '/d' });
	});

	it.each([
		[{ PUBLIC_SUPABASE_URL: 'https://x.supabase.co' }, /PUBLIC_SUPABASE_ANON_KEY is not/],
		[{ PUBLIC_SUPABASE_ANON_KEY: 'k' }, /PUBLIC_SUPABASE_URL is not/]
	])('refuses half a configuration (%o) instead of mixing backends', (settings, message) => {
		expect(() => chooseBackend(settings)).toThrow(BackendConfigError);
		expect(() => chooseBackend(settings)).toThrow(message);
	});
});
