import { defineConfig } from '@playwright/test';
import { BUILD_SECRETS } from './tests/e2e/build-secrets.ts';

// Debian's Chromium, never a downloaded browser. The app runs as the production build on the embedded
// database, in memory, so every run starts from the same migrations, reference data and demo data.
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
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		command: 'npm run build && node server.js',
		url: `http://127.0.0.1:${port}/`,
		timeout: 240_000,
		reuseExistingServer: !process.env.CI,
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			KOORDINATORKART_PGLITE_DIR: 'memory://',
			// Present while building, as on a real server: tests/e2e/security.spec.ts checks none reaches the browser.
			...BUILD_SECRETS
		}
	}
});
