// Typing before the page comes alive (a slow phone): what the reader selected in a field stays selected
// through hydration, so typing replaces the text instead of adding to it.
import { expect, test } from '@playwright/test';
import { holdScripts } from './slow-scripts.ts';
import { signIn } from './staff-helpers.ts';

test('a field selected before hydration is still selected after it, and typing replaces its text', async ({
	page
}) => {
	const release = await holdScripts(page);
	await page.goto('/sok?q=Kreftkoordinator', { waitUntil: 'domcontentloaded' });
	const field = page.getByRole('combobox').first();
	await field.focus();
	await field.evaluate((input: HTMLInputElement) => input.select());
	const length = await field.evaluate((input: HTMLInputElement) => input.value.length);
	expect(length).toBeGreaterThan(0);
	release();
	await page.waitForLoadState('networkidle');
	expect(
		await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])
	).toEqual([0, length]);
	await page.keyboard.type('Bergen');
	await expect(field).toHaveValue('Bergen');
});

// Svelte sets a field's `value={…}` again as the page hydrates, which emptied what was typed before: an
// e-mail address typed into the staff invite form vanished, and the invite went out without it.
test('what was typed into any field before hydration is still there after it, and is what the form sends', async ({
	page
}) => {
	await signIn(page, 'admin');
	const release = await holdScripts(page);
	await page.goto('/admin/ansatte', { waitUntil: 'domcontentloaded' });
	const email = `tidlig-${Date.now()}@example.org`;
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByLabel('Rolle', { exact: true }).selectOption('admin');
	await page.getByLabel(/Midlertidig passord/).fill('et-langt-midlertidig-passord');
	release();
	await page.waitForLoadState('networkidle');
	await expect(page.getByLabel('E-postadresse')).toHaveValue(email);
	await expect(page.getByLabel('Rolle', { exact: true })).toHaveValue('admin');
	await page.getByRole('button', { name: 'Gi tilgang' }).click();
	await expect(page.getByRole('status')).toContainText(`${email} får tilgang`);
	await expect(page.getByText(email).first()).toBeVisible();
});

test('a report typed on a municipality page before hydration survives it', async ({ page }) => {
	const release = await holdScripts(page);
	await page.goto('/kommune/0301-oslo/meld-feil', { waitUntil: 'domcontentloaded' });
	const message = page.getByLabel('Hva er feil?');
	await message.fill('Telefonnummeret er feil.');
	await page.getByLabel(/E-post/).fill('leser@example.org');
	release();
	await page.waitForLoadState('networkidle');
	await expect(message).toHaveValue('Telefonnummeret er feil.');
	await expect(page.getByLabel(/E-post/)).toHaveValue('leser@example.org');
});

test('a place typed into the front page search before hydration is searched as soon as the page comes alive', async ({
	page
}) => {
	const release = await holdScripts(page);
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	const box = page.getByRole('combobox').first();
	await box.fill('Bergen');
	release();
	await expect(box).toHaveValue('Bergen');
	await expect(page.getByRole('option', { name: /Bergen/ }).first()).toBeVisible();
});
