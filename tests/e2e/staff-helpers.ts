// Shared steps of the staff specs: signing in, and finding demo records in a county no other test edits.
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { ACCOUNTS, STAFF_PASSWORD } from './staff-accounts.ts';

export interface Row {
	kommunenummer: string;
	name: string;
	fylkesnummer: string;
	status: 'own' | 'inter_municipal' | 'none';
	arrangement_id: string | null;
	arrangement_name: string | null;
}

export async function snapshotRows(request: APIRequestContext): Promise<Row[]> {
	return ((await (await request.get('/api/oversikt.json')).json()) as { municipalities: Row[] })
		.municipalities;
}

/** A municipality with the given status in a county, and its arrangement (the nth such, from 0). */
export async function rowIn(
	request: APIRequestContext,
	fylkesnummer: string,
	status: Row['status'] = 'own',
	nth = 0
): Promise<Row> {
	const row = (await snapshotRows(request)).filter(
		(r) => r.fylkesnummer === fylkesnummer && r.status === status
	)[nth];
	expect(row, `a municipality (${status}) in county ${fylkesnummer}`).toBeTruthy();
	return row!;
}

export async function signIn(page: Page, account: keyof typeof ACCOUNTS, password = STAFF_PASSWORD) {
	await page.goto('/logg-inn');
	await page.getByLabel('E-postadresse').fill(ACCOUNTS[account]);
	await page.getByLabel('Passord').fill(password);
	await page.getByRole('button', { name: 'Logg inn' }).click();
	await Promise.race([page.waitForURL(/\/admin/), page.getByRole('alert').waitFor()]);
}

export const UUID_TEXT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
