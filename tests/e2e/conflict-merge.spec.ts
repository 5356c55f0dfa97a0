// Two editors on the same record at once (two browser contexts): what only one of them changed is merged
// without asking, and a field both changed is shown side by side with a choice, in view and focused; nothing
// a colleague saved is reverted without an explicit choice. The example: Hole, 60 % → 70 % and a note.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './staff-helpers.ts';

interface Row {
	kommunenummer: string;
	name: string;
	status: 'own' | 'inter_municipal' | 'none';
	arrangement_id: string | null;
}
type Export = Record<'arrangement' | 'coordinator', Record<string, string | number | null>[]>;

async function twoEditors(browser: Browser) {
	const first = await (await browser.newContext()).newPage();
	const second = await (await browser.newContext()).newPage();
	await signIn(first, 'editor');
	await signIn(second, 'editor2');
	return { first, second };
}

/** The arrangement of a municipality (Hole, then others) that no other test edits. */
async function arrangementOf(page: Page, kommunenummer: string) {
	const rows = ((await (await page.request.get('/api/oversikt.json')).json()) as { municipalities: Row[] })
		.municipalities;
	const row = rows.find((r) => r.kommunenummer === kommunenummer && r.arrangement_id);
	expect(row, `an arrangement for ${kommunenummer}`).toBeTruthy();
	return row!.arrangement_id!;
}

const stored = async (page: Page) =>
	(await (await page.request.get('/admin/eksport/programdata.json')).json()) as Export;

/** A save (slow on a busy machine: it also refreshes the public snapshot) went through. */
const saved = (page: Page) => expect(page.getByText('Endringen er lagret.')).toBeVisible({ timeout: 30_000 });

const panel = (page: Page) => page.getByRole('region', { name: /Noen andre har lagret/ });

test.describe.configure({ timeout: 120_000 });

test('Hole: a colleague’s 70 % and note stay when the other editor saves a field they alone changed', async ({
	browser
}) => {
	const { first, second } = await twoEditors(browser);
	const id = await arrangementOf(first, '3310');
	await first.goto(`/admin/ordninger/${id}`);
	await second.goto(`/admin/ordninger/${id}`);

	await first.getByLabel('Stillingsprosent').fill('70');
	await first.getByLabel('Notat (vises ikke på kartet)').fill('Økt til 70 % fra januar.');
	await first.getByRole('button', { name: 'Lagre' }).click();
	await saved(first);

	// The second editor, on the page opened before, changes only the start of the co-funding.
	await second.getByLabel('Første år med samfinansiering fra Kreftforeningen').fill('2019');
	await second.getByRole('button', { name: 'Lagre' }).click();
	await saved(second);

	const row = (await stored(second)).arrangement.find((a) => a.id === id)!;
	expect(Number(row.position_percent)).toBe(70);
	expect(row.notes).toBe('Økt til 70 % fra januar.');
	expect(Number(row.cofunding_start_year)).toBe(2019);
});

test('a field both editors changed is shown side by side, in view and focused, and needs a choice', async ({
	browser
}) => {
	const { first, second } = await twoEditors(browser);
	const id = await arrangementOf(first, '3312'); // Lier
	await first.goto(`/admin/ordninger/${id}`);
	await second.goto(`/admin/ordninger/${id}`);
	const before = (await stored(first)).arrangement.find((a) => a.id === id)!;
	// Values of this run only, so that a clash is a real one also on a database a run has used before.
	const theirNote = `Kollegaens notat ${Date.now()}`;
	const percent = String(Number(before.position_percent ?? 50) + 5);

	await first.getByLabel('Stillingsprosent').fill(percent);
	await first.getByLabel('Notat (vises ikke på kartet)').fill(theirNote);
	await first.getByRole('button', { name: 'Lagre' }).click();
	await saved(first);

	await second.getByLabel('Notat (vises ikke på kartet)').fill('Mitt notat');
	await second.getByLabel('Navn på ordningen').fill(`${before.name} (endret)`);
	await second.getByRole('button', { name: 'Lagre' }).click();

	const conflict = panel(second);
	await expect(conflict).toBeFocused({ timeout: 30_000 });
	await expect(conflict).toBeInViewport();
	// Only the note clashed: the colleague's position percent is kept without asking, the name is not a clash.
	await expect(conflict.locator('tbody tr')).toHaveCount(1);
	const note = conflict.getByRole('row', { name: /Notat/ });
	await expect(note.locator('.theirs')).toHaveText(theirNote);
	await expect(note.locator('.yours')).toHaveText('Mitt notat');
	await expect(conflict).toContainText('Stillingsprosent');
	await expect(second.getByLabel('Stillingsprosent')).toHaveValue(percent);
	await expect(second.getByLabel('Navn på ordningen')).toHaveValue(`${before.name} (endret)`);
	let row = (await stored(second)).arrangement.find((a) => a.id === id)!;
	expect(row.notes).toBe(theirNote);

	// Saving again without choosing reverts nothing.
	await second.getByRole('button', { name: 'Lagre' }).click();
	await expect(second.getByRole('alert').filter({ hasText: /Velg for hvert felt/ })).toBeVisible({
		timeout: 30_000
	});
	await expect(panel(second)).toBeFocused();
	row = (await stored(second)).arrangement.find((a) => a.id === id)!;
	expect(row.notes).toBe(theirNote);
	expect(row.name).toBe(before.name);

	// Keeping the colleague's note saves the rest.
	await panel(second).getByRole('radio', { name: 'Behold kollegaens' }).check();
	await second.getByRole('button', { name: 'Lagre' }).click();
	await saved(second);
	row = (await stored(second)).arrangement.find((a) => a.id === id)!;
	expect(row.notes).toBe(theirNote);
	expect(String(row.position_percent)).toBe(percent);
	expect(row.name).toBe(`${before.name} (endret)`);
});

test('the coordinator form merges too: a colleague’s office hours stay when a phone number is saved', async ({
	browser
}) => {
	const { first, second } = await twoEditors(browser);
	// The coordinator of Holmestrand's arrangement (no other test edits it).
	const arrangementId = await arrangementOf(first, '3903');
	const data = (await stored(first)) as Export & {
		arrangement_coordinator: { arrangement_id: string; coordinator_id: string }[];
	};
	const link = data.arrangement_coordinator.find((l) => l.arrangement_id === arrangementId)!;
	const coordinator = data.coordinator.find((c) => c.id === link.coordinator_id)!;
	const url = `/admin/koordinatorer/${coordinator.id}`;
	await first.goto(url);
	await second.goto(url);

	await first.getByLabel('Kontortid').fill('Man–fre 08.30–15.00');
	await first.getByRole('button', { name: 'Lagre' }).click();
	await saved(first);

	await second.getByLabel('Telefon').fill('22 33 44 55');
	await second.getByRole('button', { name: 'Lagre' }).click();
	await saved(second);
	let row = (await stored(second)).coordinator.find((c) => c.id === coordinator.id)!;
	expect(row.office_hours).toBe('Man–fre 08.30–15.00');
	expect(row.phone).toBe('22 33 44 55');

	// Both change the office hours: shown side by side; choosing one's own is explicit.
	await first.goto(url);
	await second.goto(url);
	const theirHours = `Man–tor 09–14 (${Date.now()})`;
	await first.getByLabel('Kontortid').fill(theirHours);
	await first.getByRole('button', { name: 'Lagre' }).click();
	await saved(first);
	await second.getByLabel('Kontortid').fill('Etter avtale');
	await second.getByRole('button', { name: 'Lagre' }).click();
	const conflict = panel(second);
	await expect(conflict).toBeFocused({ timeout: 30_000 });
	await expect(conflict.getByRole('row', { name: /Kontortid/ }).locator('.theirs')).toHaveText(theirHours);
	await conflict.getByRole('radio', { name: 'Bruk min' }).check();
	await second.getByRole('button', { name: 'Lagre' }).click();
	await saved(second);
	row = (await stored(second)).coordinator.find((c) => c.id === coordinator.id)!;
	expect(row.office_hours).toBe('Etter avtale');
});

test('the service form merges too: a colleague’s phone and description stay, a clashing name needs a choice', async ({
	browser
}) => {
	const { first, second } = await twoEditors(browser);
	const stamp = Date.now();
	const name = `Samtalegruppe ${stamp}`;
	// A service of its own (Tønsberg), so that no other test's edits meet it.
	await first.goto('/admin/tilbud/ny?kommune=3905');
	await first.getByLabel('Kategori').selectOption({ label: 'Likepersoner' });
	await first.getByLabel('Navn på tilbudet').fill(name);
	await first.getByRole('button', { name: 'Lagre' }).click();
	await saved(first);
	const id = /\/admin\/tilbud\/([0-9a-f-]{36})/.exec(first.url())![1];
	const url = `/admin/tilbud/${id}`;
	type Service = {
		id: string;
		name: string;
		phone: string | null;
		url: string | null;
		description: string | null;
	};
	const service = async (page: Page) =>
		((await stored(page)) as unknown as { service: Service[] }).service.find((s) => s.id === id)!;

	await first.goto(url);
	await second.goto(url);
	await first.getByLabel('Telefon (valgfri)').fill('22 33 44 55');
	await first.getByLabel('Beskrivelse (valgfri)').fill('Kollegaens beskrivelse');
	await first.getByRole('button', { name: 'Lagre' }).click();
	await saved(first);
	// The second editor, on the page opened before, changes only the link.
	await second.getByLabel('Nettside (valgfri)').fill('https://example.org/samtale');
	await second.getByRole('button', { name: 'Lagre' }).click();
	await saved(second);
	let row = await service(second);
	expect(row.phone).toBe('22 33 44 55');
	expect(row.description).toBe('Kollegaens beskrivelse');
	expect(row.url).toBe('https://example.org/samtale');

	// Both change the name: shown side by side, in view and focused; nothing is reverted without a choice.
	await first.goto(url);
	await second.goto(url);
	await first.getByLabel('Navn på tilbudet').fill(`${name} (kollega)`);
	await first.getByRole('button', { name: 'Lagre' }).click();
	await saved(first);
	await second.getByLabel('Navn på tilbudet').fill(`${name} (min)`);
	await second.getByLabel('Beskrivelse (valgfri)').fill('Min beskrivelse');
	await second.getByRole('button', { name: 'Lagre' }).click();
	const conflict = panel(second);
	await expect(conflict).toBeFocused({ timeout: 30_000 });
	await expect(conflict).toBeInViewport();
	await expect(conflict.locator('tbody tr')).toHaveCount(1);
	const nameRow = conflict.getByRole('row', { name: /Navn/ });
	await expect(nameRow.locator('.theirs')).toHaveText(`${name} (kollega)`);
	await expect(nameRow.locator('.yours')).toHaveText(`${name} (min)`);
	row = await service(second);
	expect(row.name).toBe(`${name} (kollega)`);
	expect(row.description).toBe('Kollegaens beskrivelse');

	await second.getByRole('button', { name: 'Lagre' }).click();
	await expect(second.getByRole('alert').filter({ hasText: /Velg for hvert felt/ })).toBeVisible({
		timeout: 30_000
	});
	expect((await service(second)).name).toBe(`${name} (kollega)`);

	await panel(second).getByRole('radio', { name: 'Behold kollegaens' }).check();
	await second.getByRole('button', { name: 'Lagre' }).click();
	await saved(second);
	row = await service(second);
	expect(row.name).toBe(`${name} (kollega)`);
	expect(row.description).toBe('Min beskrivelse');
	expect(row.phone).toBe('22 33 44 55');
	expect(row.url).toBe('https://example.org/samtale');
});
