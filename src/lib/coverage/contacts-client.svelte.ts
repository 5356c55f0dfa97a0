// The contacts table in the browser: fetched once, when the map or the panel is about to be used (see
// prefetchContacts' callers), so that a click can show the coordinators without waiting for the network.
import { resolve } from '$app/paths';
import type { Coordinator } from './schema.ts';

let table = $state<Record<string, Coordinator[]> | null>(null);
let loading: Promise<void> | undefined;

/** Starts fetching the contacts (once; again after a failure). Never rejects: the panel then waits for details. */
export function prefetchContacts(): Promise<void> {
	loading ??= (async () => {
		const response = await fetch(resolve('/kart/kontakter.json'));
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		// The schema library comes with the data (it is not part of the first view).
		const [{ contactsTable }, body] = await Promise.all([import('./contacts.ts'), response.json()]);
		table = contactsTable.parse(body).arrangements;
	})().catch(() => {
		loading = undefined;
	});
	return loading;
}

/**
 * The coordinators of an arrangement, reactive: an array (perhaps empty) once the table is in, undefined
 * while it is not (or for a municipality without an arrangement, which has no contacts to show).
 */
export function contactsOf(arrangementId: string | null): Coordinator[] | undefined {
	if (!arrangementId || !table) return undefined;
	return table[arrangementId] ?? [];
}
