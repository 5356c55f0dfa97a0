// The history as the staff pages show it: saves from public.history(), put into words with the names of
// municipalities and service categories.
import { readableSave, type ReadableSave } from '../staff/history.ts';
import type { HistoryFilter, staffData } from './staff-data.ts';
import { staffMunicipalities } from './staff-municipalities.ts';

export async function readableHistory(
	data: ReturnType<typeof staffData>,
	filter: HistoryFilter & { limit?: number; before?: number }
): Promise<{ saves: ReadableSave[]; oldest: number | null }> {
	const [saves, municipalities, categories] = await Promise.all([
		data.history(filter),
		staffMunicipalities(),
		data.serviceCategories()
	]);
	const municipalityNames = new Map(municipalities.map((mu) => [mu.kommunenummer, mu.name]));
	const categoryNames = new Map(categories.map((c) => [c.id, c.name]));
	const names = {
		municipality: (k: string) => municipalityNames.get(k),
		category: (id: string) => categoryNames.get(id)
	};
	return { saves: saves.map((save) => readableSave(save, names)), oldest: saves.at(-1)?.id ?? null };
}

/** The latest saves of one record (and what belongs to it), for its own page. */
export async function recordHistory(
	data: ReturnType<typeof staffData>,
	record: string
): Promise<ReadableSave[]> {
	return (await readableHistory(data, { record, limit: 10 })).saves;
}
