import { describe, expect, it } from 'vitest';
import { applyChoices, readBase, threeWayMerge } from './merge.ts';

const FIELDS = ['position_percent', 'notes', 'name', 'members'] as const;
const base = { position_percent: '60', notes: '', name: 'Hole', members: ['3310'] };

describe('three-way merge per field', () => {
	it('keeps a colleague’s change to a field you never touched, without asking (the Hole case)', () => {
		const theirs = { ...base, position_percent: '70', notes: 'Økt fra januar.' };
		const yours = { ...base, name: 'Hole kommune' };
		const result = threeWayMerge(FIELDS, base, theirs, yours);
		expect(result.conflicts).toEqual([]);
		expect(result.merged).toEqual({
			...base,
			position_percent: '70',
			notes: 'Økt fra januar.',
			name: 'Hole kommune'
		});
		expect(result.theirsKept).toEqual(['position_percent', 'notes']);
	});

	it('shows only the fields both changed to different values, notes too', () => {
		const theirs = { ...base, position_percent: '70', notes: 'Deres notat' };
		const yours = { ...base, position_percent: '80', notes: 'Mitt notat', name: 'Hole kommune' };
		const result = threeWayMerge(FIELDS, base, theirs, yours);
		expect(result.conflicts).toEqual(['position_percent', 'notes']);
		expect(result.merged.name).toBe('Hole kommune');
		// Unresolved fields hold what you typed, so nothing typed is lost.
		expect(result.merged.position_percent).toBe('80');
	});

	it('is no conflict when both made the same change, or line breaks and order differ only', () => {
		const theirs = { ...base, position_percent: '70', notes: 'a\nb', members: ['3310', '3305'] };
		const yours = { ...base, position_percent: '70', notes: 'a\r\nb ', members: ['3305', '3310'] };
		expect(threeWayMerge(FIELDS, base, theirs, yours)).toMatchObject({ conflicts: [], theirsKept: [] });
	});

	it('keeps your change where the colleague left the field alone', () => {
		const theirs = { ...base, notes: 'Deres' };
		const yours = { ...base, members: ['3310', '3305'] };
		const result = threeWayMerge(FIELDS, base, theirs, yours);
		expect(result.merged).toEqual({ ...base, notes: 'Deres', members: ['3310', '3305'] });
	});

	it('without a base, every field the two disagree on is a conflict (nothing is overwritten silently)', () => {
		const theirs = { ...base, position_percent: '70' };
		const yours = { ...base, name: 'Hole kommune' };
		expect(threeWayMerge(FIELDS, null, theirs, yours).conflicts).toEqual(['position_percent', 'name']);
	});
});

describe('reading the base and the choices from the form', () => {
	const form = (entries: [string, string][]) => {
		const data = new FormData();
		for (const [k, v] of entries) data.append(k, v);
		return data;
	};

	it('reads the base, or none when it is missing or malformed', () => {
		expect(readBase(form([['base', JSON.stringify(base)]]), FIELDS)).toEqual(base);
		expect(readBase(form([]), FIELDS)).toBeNull();
		expect(readBase(form([['base', '{"name": 3}']]), FIELDS)).toBeNull();
		expect(readBase(form([['base', 'not json']]), FIELDS)).toBeNull();
	});

	it('takes the chosen side per conflict, and names the fields left without a choice', () => {
		const theirs = { ...base, position_percent: '70', notes: 'Deres' };
		const yours = { ...base, position_percent: '80', notes: 'Mitt' };
		const posted = form([
			['konflikt', 'position_percent'],
			['konflikt', 'notes'],
			['valg:position_percent', 'theirs']
		]);
		const { values, unresolved } = applyChoices(posted, FIELDS, yours, theirs);
		expect(values.position_percent).toBe('70');
		expect(unresolved).toEqual(['notes']);
		const both = form([
			['konflikt', 'notes'],
			['valg:notes', 'mine']
		]);
		expect(applyChoices(both, FIELDS, yours, theirs)).toMatchObject({
			unresolved: [],
			values: { notes: 'Mitt' }
		});
	});
});
