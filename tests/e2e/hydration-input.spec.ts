// Typing before the page comes alive (a slow phone): what the reader selected in a field stays selected
// through hydration, so typing replaces the text instead of adding to it.
import { expect, test } from '@playwright/test';
import { holdScripts } from './slow-scripts.ts';

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
