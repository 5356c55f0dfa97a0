// "Report an error": a visitor reports from a municipality page (without JavaScript, and with it in the panel),
// staff see it in "needs attention" and in the list, and resolve it. Serial: the reports share the server's
// per-client limit, which the last test uses up.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { signIn } from './staff-helpers.ts';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

async function axeClean(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
}

const message = `Telefonnummeret til koordinatoren er feil (${Date.now()}).`;

test('without JavaScript: a visitor reports an error; staff see it and resolve it', async ({ browser }) => {
	const visitor = await browser.newContext({ javaScriptEnabled: false });
	const page = await visitor.newPage();
	await page.goto('/kommune/4627-askoy');
	await page.getByText('Er noe feil?').click();
	// Too short: refused with a clear message, what was typed is kept.
	await page.getByLabel('Hva er feil?').fill('feil');
	await page.getByLabel('E-post eller telefon (valgfritt)').fill('ola@example.org');
	await page.getByRole('button', { name: 'Send melding om feil' }).click();
	await expect(page).toHaveURL(/\/kommune\/4627-askoy\/meld-feil$/);
	await expect(page.getByRole('alert')).toContainText('minst 5 tegn');
	await expect(page.getByLabel('Hva er feil?')).toHaveValue('feil');
	await expect(page.getByLabel('E-post eller telefon (valgfritt)')).toHaveValue('ola@example.org');

	await page.getByLabel('Hva er feil?').fill(message);
	await page.getByRole('button', { name: 'Send melding om feil' }).click();
	await expect(page.getByRole('status')).toContainText('Takk! Meldingen om Askøy er sendt');
	await visitor.close();

	const staff = await (await browser.newContext()).newPage();
	await signIn(staff, 'editor');
	await staff.goto('/admin');
	const attention = staff.locator('details', { hasText: 'Meldinger om feil fra besøkende' });
	await expect(
		attention.getByRole('listitem').filter({ hasText: message }).getByRole('link', { name: 'Askøy' })
	).toBeVisible();
	await attention.getByRole('link', { name: 'Alle meldinger om feil' }).click();

	const report = staff.getByRole('article').filter({ hasText: message });
	await expect(report).toContainText('Kontakt: ola@example.org');
	await expect(report.getByRole('heading')).toHaveText('Askøy (Ny)');
	await expect(report.getByRole('link', { name: 'kommunesiden' })).toHaveAttribute(
		'href',
		'/kommune/4627-askoy'
	);
	await expect(report.getByRole('link', { name: /^ordningen / })).toHaveAttribute(
		'href',
		/^\/admin\/ordninger\//
	);
	await axeClean(staff);

	await report.getByLabel('Status for meldingen om Askøy').selectOption('fixed');
	await report.getByLabel('Notat (valgfritt)').fill('Nummeret er rettet.');
	await report.getByRole('button', { name: 'Lagre status for Askøy' }).click();
	await expect(staff.getByRole('status')).toContainText('Lagret: meldingen har nå status «Rettet»');
	// Resolved: gone from the open list and from "needs attention", found under its status.
	await staff.goto('/admin/feilmeldinger');
	await expect(staff.getByRole('article').filter({ hasText: message })).toHaveCount(0);
	await staff.goto('/admin/feilmeldinger?status=fixed');
	await expect(staff.getByRole('article').filter({ hasText: message })).toContainText('Askøy (Rettet)');
	await expect(staff.getByLabel('Notat (valgfritt)').first()).toBeVisible();
	await staff.goto('/admin');
	await expect(
		staff.locator('details', { hasText: 'Meldinger om feil fra besøkende' }).getByText(message.slice(0, 40))
	).toHaveCount(0);
	await staff.context().close();
});

test('with JavaScript in the panel: the report is sent in place and the answer takes focus', async ({
	page
}) => {
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	await expect(async () => {
		// A click before the page has come alive follows the SVG map's plain link: start again from the map.
		if (new URL(page.url()).pathname !== '/') await page.goto('/');
		await page.locator('svg [data-kommunenummer="0301"]').first().dispatchEvent('click');
		await expect(page.locator('aside[data-panel="loaded"]')).toBeVisible({ timeout: 1000 });
	}).toPass();
	const panel = page.locator('aside[data-panel]');
	await panel.getByText('Er noe feil?').click();
	await panel.getByLabel('Hva er feil?').fill(`Koordinatoren har sluttet (${Date.now()}).`);
	await panel.getByRole('button', { name: 'Send melding om feil' }).click();
	await expect(panel.getByRole('status')).toContainText('Takk! Meldingen om Oslo er sendt');
	await expect(panel.getByRole('status')).toBeFocused();
	await expect(page).toHaveURL(/\/kommune\/0301-oslo$/);
	await axeClean(page);
});

test('the report page in nynorsk and English, without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const [prefix, heading, label] of [
		['/nn', 'Er noko feil?', 'Kva er feil?'],
		['/en', 'Is something wrong?', 'What is wrong?']
	]) {
		await page.goto(`${prefix}/kommune/4627/meld-feil`);
		await expect(page).toHaveURL(new RegExp(`${prefix}/kommune/4627-askoy/meld-feil$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await expect(page.getByLabel(label)).toBeVisible();
	}
	await context.close();
});

test('axe finds no violations on the report page, with its errors shown, in three languages', async ({
	page
}) => {
	for (const prefix of ['', '/nn', '/en']) {
		await page.goto(`${prefix}/kommune/4627-askoy/meld-feil`);
		// Past the browser's own check, so that the server's answer is shown.
		await page.locator('textarea').evaluate((t) => t.removeAttribute('required'));
		await page.locator('form.report-form button[type=submit]').click();
		await expect(page.getByRole('alert')).toBeVisible();
		await axeClean(page);
	}
});

test('spam: a filled honeypot is thanked but not stored; a flood from one client is refused', async ({
	request,
	browser
}) => {
	const base = test.info().project.use.baseURL!;
	const send = (fields: Record<string, string>) =>
		request.post('/kommune/1103-stavanger/meld-feil', {
			headers: { origin: base, accept: 'text/html' },
			form: fields
		});
	const bot = await send({ message: 'Kjøp billige klokker nå', nettside: 'http://spam.example' });
	expect(bot.status()).toBe(200);
	expect(await bot.text()).toContain('Takk!');
	// Too long is refused before anything is stored.
	const long = await send({ message: 'x'.repeat(2001) });
	expect(long.status()).toBe(400);
	expect(await long.text()).toContain('høyst 2000 tegn');

	const statuses: number[] = [];
	for (let i = 0; i < 6; i++)
		statuses.push((await send({ message: `Melding nummer ${i} om Stavanger` })).status());
	expect(statuses).toContain(429);
	const refused = await send({ message: 'Enda en melding om Stavanger' });
	expect(refused.status()).toBe(429);
	expect(await refused.text()).toContain('mange meldinger akkurat nå');

	const staff = await (await browser.newContext()).newPage();
	await signIn(staff, 'editor');
	await staff.goto('/admin/feilmeldinger?status=alle');
	await expect(staff.getByRole('article').filter({ hasText: 'Kjøp billige klokker' })).toHaveCount(0);
	await staff.context().close();
});
