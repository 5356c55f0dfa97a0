// The accounts the end-to-end server is started with (made by `npm run staff:add`, see playwright.config.ts).
export const STAFF_PASSWORD = 'e2e-passord-som-er-langt';
export const ACCOUNTS = {
	editor: 'redaktor@example.org',
	editor2: 'redaktor2@example.org',
	admin: 'admin@example.org',
	/** Signed in, but not staff. */
	outsider: 'ikke-ansatt@example.org',
	/** Only used for the rate-limiting test, so that its failures do not slow down the others. */
	limited: 'laast@example.org',
	/** Only used by the session tests, whose role changes end its sessions. */
	session: 'okt@example.org'
} as const;

export const ACCOUNT_ROLES: Record<keyof typeof ACCOUNTS, 'editor' | 'admin' | 'none'> = {
	editor: 'editor',
	editor2: 'editor',
	admin: 'admin',
	outsider: 'none',
	limited: 'editor',
	session: 'editor'
};
