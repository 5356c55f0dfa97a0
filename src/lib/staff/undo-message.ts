// What the history page says when an undo is refused: which later changes stand in the way (undo_change
// names them), or the database's reason. Nothing is changed in either case.
import { formatDateTime } from '$lib/i18n/format';

/** A later change that an undo would lose, as undo_change names it. */
export interface LaterChange {
	id: number;
	table_name: string;
	record_id: string;
	action: 'INSERT' | 'UPDATE' | 'DELETE';
	at: string;
}

export type UndoResult =
	| { status: 'undone'; changes: number }
	| { status: 'changed_since'; table_name: string; record_id: string; later: LaterChange[] }
	| { status: 'refused'; reason: string; code: string; constraint: string | null }
	| { status: 'not_found' };

export const TABLE_LABELS: Record<string, string> = {
	arrangement: 'Ordning',
	arrangement_member: 'Medlemskap',
	coordinator: 'Koordinator',
	arrangement_coordinator: 'Koordinator i ordning',
	service: 'Tilbud'
};
export const ACTION_LABELS = { INSERT: 'opprettet', UPDATE: 'endret', DELETE: 'slettet' } as const;

const MAX_NAMED = 5;

/** The database's reasons an undo can meet, in words (by constraint name, then by SQLSTATE). */
const REFUSALS: Record<string, string> = {
	arrangement_member_no_overlap: 'en kommune er senere lagt inn i en annen ordning for den samme tiden',
	arrangement_member_within_arrangement: 'et medlemskap ville falle utenfor ordningens periode',
	arrangement_coordinator_one_primary: 'ordningen har fått en annen hovedkoordinator senere',
	'23503': 'noe den bygger på er slettet senere'
};

export function undoRefusalMessage(result: Exclude<UndoResult, { status: 'undone' | 'not_found' }>): string {
	if (result.status === 'refused') {
		const reason =
			REFUSALS[result.constraint ?? ''] ?? REFUSALS[result.code] ?? `databasen sa: ${result.reason}`;
		return `Kan ikke angre: ${reason}. Ingenting er endret.`;
	}
	const named = result.later
		.slice(0, MAX_NAMED)
		.map(
			(c) =>
				`${TABLE_LABELS[c.table_name] ?? c.table_name} ${ACTION_LABELS[c.action] ?? c.action} ${formatDateTime(c.at)} (endring ${c.id})`
		);
	const more = result.later.length > MAX_NAMED ? ` og ${result.later.length - MAX_NAMED} til` : '';
	return (
		`Kan ikke angre: dette er endret senere og bygger på det angringen ville ta tilbake: ` +
		`${named.join('; ')}${more}. Angre de nyere endringene først, eller rediger direkte. Ingenting er endret.`
	);
}
