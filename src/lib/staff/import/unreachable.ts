// Rows an import would leave where no public page reaches them: a coordinator in no arrangement (new ones,
// since a coordinator import cannot link them; or ones whose last link or arrangement the import removes).
// Shown in the preview; the staff front page lists all such coordinators (public.unlinked_coordinators).
import type { CurrentData, ImportPlan } from './plan.ts';

export interface Unreachable {
	/** The spreadsheet line of a new row, or null for a stored one. */
	line: number | null;
	id: string | null;
	name: string;
}

export function unreachableAfter(
	plan: Pick<ImportPlan, 'table' | 'additions' | 'changes' | 'removals'>,
	current: Pick<CurrentData, 'links' | 'coordinatorNames'>
): Unreachable[] {
	if (plan.table === 'coordinator')
		return plan.additions.map((a) => ({ line: a.line, id: null, name: String(a.values.full_name) }));

	const links = current.links ?? [];
	const removed = new Set(plan.removals.map((r) => r.id));
	let after: { arrangement_id: string; coordinator_id: string }[];
	if (plan.table === 'arrangement') after = links.filter((l) => !removed.has(l.arrangement_id));
	else if (plan.table === 'arrangement_coordinator') {
		const changed = new Map(plan.changes.map((c) => [c.id, c.row]));
		after = [
			...links
				.filter((l) => !removed.has(l.id))
				.map((l) => {
					const row = changed.get(l.id);
					return row
						? { arrangement_id: String(row.arrangement_id), coordinator_id: String(row.coordinator_id) }
						: l;
				}),
			...plan.additions.map((a) => ({
				arrangement_id: String(a.values.arrangement_id),
				coordinator_id: String(a.values.coordinator_id)
			}))
		];
	} else return [];

	const stillLinked = new Set(after.map((l) => l.coordinator_id));
	const wereLinked = [...new Set(links.map((l) => l.coordinator_id))];
	return wereLinked
		.filter((id) => !stillLinked.has(id))
		.map((id) => ({ line: null, id, name: current.coordinatorNames?.get(id) ?? id }));
}
