import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_SECRETS } from './build-secrets.ts';

function* files(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* files(path);
		else yield path;
	}
}

test('every page carries a strict CSP and the hardening headers; only the embed view may be framed', async ({
	request
}) => {
	for (const path of ['/', '/kommune/4627-askoy', '/nn/liste', '/api/oversikt.json']) {
		const headers = (await request.get(path)).headers();
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
		expect(headers['x-frame-options'], path).toBe('DENY');
		expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
	}
	const csp = (await request.get('/')).headers()['content-security-policy'];
	const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
	expect(scriptSrc).toContain("'self'");
	expect(scriptSrc).toMatch(/'sha256-/);
	expect(scriptSrc).not.toContain('unsafe-inline');
	expect(scriptSrc).not.toContain('unsafe-eval');
	expect(csp).toContain("object-src 'none'");
	expect(csp).toMatch(/worker-src 'self' blob:/);
});

test('the pages work under the CSP: no violations while searching and locating', async ({ browser }) => {
	const context = await browser.newContext({
		permissions: ['geolocation'],
		geolocation: { latitude: 59.91, longitude: 10.75 }
	});
	const page = await context.newPage();
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
	});
	await page.goto('/');
	await page.getByLabel('Søk etter kommune, sted eller postnummer').fill('berg');
	await expect(page.getByRole('option').first()).toBeVisible();
	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: 'Bruk min posisjon' }).click();
	await expect(page).toHaveURL(/\/kommune\/0301-oslo$/);
	expect(violations).toEqual([]);
	await context.close();
});

test('no server secret reaches the browser bundle', () => {
	const secrets = Object.values(BUILD_SECRETS);
	let scanned = 0;
	for (const dir of ['build/client', '.svelte-kit/output/client']) {
		for (const file of files(dir)) {
			const text = readFileSync(file, 'latin1');
			scanned++;
			for (const secret of secrets) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
			expect(/SUPABASE_SERVICE_ROLE_KEY|SUPABASE_JWT_SECRET/.test(text), file).toBe(false);
		}
	}
	expect(scanned).toBeGreaterThan(10);
});
