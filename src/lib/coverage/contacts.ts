// The contacts a panel needs at once, for every arrangement: the coordinators as the municipality page shows
// them, keyed by arrangement id (the snapshot's arrangement_id), made from the same details the pages use.
// Small (a few KB compressed), so the browser can fetch them all when the map is about to be used and show
// the phone number on the click, before the municipality's full details arrive.
import { z } from 'zod';
import { coordinator, type Coordinator, type MunicipalityDetail } from './schema.ts';

export const contactsTable = z.object({
	at: z.string(),
	arrangements: z.record(z.string().uuid(), z.array(coordinator))
});
export type ContactsTable = z.infer<typeof contactsTable>;

/** Every arrangement's coordinators, once per arrangement however many members it has. */
export function contactsFromDetails(at: string, details: Record<string, MunicipalityDetail>): ContactsTable {
	const arrangements: Record<string, Coordinator[]> = {};
	for (const detail of Object.values(details))
		if (detail.arrangement) arrangements[detail.arrangement.id] ??= detail.arrangement.coordinators;
	return { at, arrangements };
}
