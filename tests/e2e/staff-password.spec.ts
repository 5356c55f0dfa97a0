// Invited accounts choose their own password at first sign-in (issue 19, item 9), in the embedded default
// (the admin sets the temporary password on /admin/ansatte).
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { signIn } from './staff-helpers.ts';

const TEMPORARY = 'et-langt-midlertidig-passord';

async function signInAs(page: Page, email: string, password: string) {
	await page.goto('/logg-inn');
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByLabel('Passord').fill(password);
	await page.getByRole('button', { name: 'Logg inn' }).click();
}

async function invite(page: Page, email: string) {
	await signIn(page, 'admin');
	await page.goto('/admin/ansatte');
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByLabel(/Midlertidig passord/).fill(TEMPORARY);
	await page.getByRole('button', { name: 'Gi tilgang' }).click();
	await expect(page.getByRole('status')).toContainText(`${email} får tilgang`);
}

test('an invited person must replace the temporary password before anything else; the old one stops working', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	const email = `midlertidig-${Date.now()}@example.org`;
	await invite(page, email);

	const newcomer = await (await browser.newContext()).newPage();
	await signInAs(newcomer, email, TEMPORARY);
	// Straight to the new-password page, and every other staff page (and action) leads back to it.
	await expect(newcomer).toHaveURL(/\/admin\/nytt-passord$/);
	await expect(newcomer.getByRole('heading', { level: 1 })).toHaveText('Velg ditt eget passord');
	await expect(newcomer.getByText('Du logget inn med et midlertidig passord')).toBeVisible();
	for (const path of [
		'/admin',
		'/admin/historikk',
		'/admin/ordninger/ny',
		'/admin/eksport/arrangement.csv'
	]) {
		await newcomer.goto(path);
		await expect(newcomer, path).toHaveURL(/\/admin\/nytt-passord$/);
	}
	await expect(
		newcomer.getByRole('navigation', { name: 'Redigering' }).getByRole('link', { name: 'Oversikt' })
	).toHaveCount(0);
	expect(
		(await new AxeBuilder({ page: newcomer }).analyze()).violations.map((v) => v.id),
		'axe on the new-password page'
	).toEqual([]);

	// The one password rule, a wrong current password and a mistyped repeat are each refused at the field.
	const fill = async (current: string, next: string, repeat = next) => {
		await newcomer.getByLabel('Passordet du bruker nå').fill(current);
		await newcomer.getByLabel('Nytt passord', { exact: true }).fill(next);
		await newcomer.getByLabel('Nytt passord en gang til').fill(repeat);
		await newcomer.getByRole('button', { name: 'Lagre nytt passord' }).click();
	};
	await fill(TEMPORARY, 'for-kort');
	await expect(newcomer.locator('#password-error')).toContainText('minst 12 tegn');
	await fill(TEMPORARY, TEMPORARY);
	await expect(newcomer.locator('#password-error')).toContainText('et annet enn det gamle');
	await fill(TEMPORARY, 'mitt-eget-lange-passord', 'mitt-eget-lange-passordd');
	await expect(newcomer.locator('#repeat-error')).toContainText('ikke like');
	await fill('feil-passord-her', 'mitt-eget-lange-passord');
	await expect(newcomer.locator('#current-error')).toContainText('stemmer ikke');
	await expect(newcomer).toHaveURL(/\/admin\/nytt-passord$/);

	await fill(TEMPORARY, 'mitt-eget-lange-passord');
	// The session goes on: the staff area opens, with the person's role.
	await expect(newcomer).toHaveURL(/\/admin\?passord=byttet$/);
	await expect(newcomer.getByRole('status').filter({ hasText: 'Passordet ditt er byttet' })).toBeVisible();
	await expect(newcomer.getByText(`${email} (redaktør)`)).toBeVisible();
	await newcomer.goto('/admin/historikk');
	await expect(newcomer).toHaveURL(/\/admin\/historikk$/);

	// The temporary password no longer signs in; the new one does, and is not asked to change again.
	const later = await (await browser.newContext()).newPage();
	await signInAs(later, email, TEMPORARY);
	await expect(later.getByRole('alert')).toBeVisible();
	await expect(later).toHaveURL(/\/logg-inn/);
	await signInAs(later, email, 'mitt-eget-lange-passord');
	await expect(later).toHaveURL(/\/admin$/);
});

test('staff who were not given a temporary password are not asked to change it', async ({ page }) => {
	await signIn(page, 'editor');
	await expect(page).toHaveURL(/\/admin$/);
	await page.goto('/admin/historikk');
	await expect(page).toHaveURL(/\/admin\/historikk$/);
});
