import { defineConfig } from '@playwright/test';
import { BUILD_SECRETS } from './tests/e2e/build-secrets.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/bench/chromium.ts';
import { ACCOUNTS, ACCOUNT_ROLES, STAFF_PASSWORD } from './tests/e2e/staff-accounts.ts';

const E2E_DATA_DIR = '.data/e2e-pglite';

// Debian's Chromium, never a downloaded browser. The app runs as the production build on the embedded
// database, made afresh for every run (same migrations, reference data and demo data) with test accounts.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 30_000,
	expect: { timeout: 10_000 },
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		locale: 'nb-NO',
		launchOptions: {
			executablePath: CHROMIUM_PATH,
			args: CHROMIUM_ARGS
		}
	},
	webServer: {
		// A fresh embedded database on disk with the test accounts, then the production server on it.
		command: [
			'npm run build',
			`rm -rf ${E2E_DATA_DIR}`,
			...Object.entries(ACCOUNTS).map(
				([key, email]) =>
					`node --import tsx scripts/staff-add.ts --email ${email} --role ${ACCOUNT_ROLES[key as keyof typeof ACCOUNTS]}`
			),
			'node server.js'
		].join(' && '),
		url: `http://127.0.0.1:${port}/`,
		// The build runs first; on a busy 2-core machine it has taken over four minutes.
		timeout: 600_000,
		reuseExistingServer: !process.env.CI,
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			// adapter-node takes the site's origin from ORIGIN (for the form actions' cross-site check and Secure cookies).
			ORIGIN: `http://127.0.0.1:${port}`,
			KOORDINATORKART_PGLITE_DIR: E2E_DATA_DIR,
			KOORDINATORKART_STAFF_PASSWORD: STAFF_PASSWORD,
			// Present while building, as on a real server: tests/e2e/security.spec.ts checks none reaches the browser.
			...BUILD_SECRETS
		}
	}
});
