import { describe, expect, it } from 'vitest';
import { undoRefusalMessage } from './undo-message';

describe('undoRefusalMessage', () => {
	it('names the later changes in the way, and says nothing was changed', () => {
		const message = undoRefusalMessage({
			status: 'changed_since',
			table_name: 'service',
			record_id: 'a',
			later: [
				{ id: 12, table_name: 'service', record_id: 'a', action: 'INSERT', at: '2026-12-01T10:00:00Z' },
				{
					id: 11,
					table_name: 'arrangement_coordinator',
					record_id: 'b',
					action: 'UPDATE',
					at: '2026-12-01T09:00:00Z'
				}
			]
		});
		expect(message).toMatch(/^Kan ikke angre/);
		expect(message).toContain('Tilbud opprettet');
		expect(message).toContain('(endring 12)');
		expect(message).toContain('Koordinator i ordning endret');
		expect(message).toContain('Ingenting er endret.');
	});

	it('names at most five and counts the rest', () => {
		const later = Array.from({ length: 8 }, (_, i) => ({
			id: 100 - i,
			table_name: 'arrangement_member',
			record_id: String(i),
			action: 'DELETE' as const,
			at: '2026-12-01T10:00:00Z'
		}));
		const message = undoRefusalMessage({ status: 'changed_since', table_name: 'x', record_id: 'y', later });
		expect(message.match(/Medlemskap slettet/g)).toHaveLength(5);
		expect(message).toContain('og 3 til');
	});

	it('says in words why the database refused part of the undo, else gives its reason', () => {
		expect(
			undoRefusalMessage({
				status: 'refused',
				reason: 'conflicting key value violates exclusion constraint',
				code: '23P01',
				constraint: 'arrangement_member_no_overlap'
			})
		).toBe(
			'Kan ikke angre: en kommune er senere lagt inn i en annen ordning for den samme tiden. Ingenting er endret.'
		);
		expect(
			undoRefusalMessage({
				status: 'refused',
				reason: 'fk',
				code: '23503',
				constraint: 'service_arrangement_id_fkey'
			})
		).toContain('noe den bygger på er slettet senere');
		expect(
			undoRefusalMessage({ status: 'refused', reason: 'something else', code: 'XX000', constraint: null })
		).toBe('Kan ikke angre: databasen sa: something else. Ingenting er endret.');
	});
});
