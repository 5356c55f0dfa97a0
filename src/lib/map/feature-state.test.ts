import { describe, expect, it } from 'vitest';
import { BLANK_STATE, labelArea, sameCamera, stateChanges, wantedStates } from './feature-state.ts';

// Askøy and Bergen share an arrangement; Sola has its own coordinator; Utsira has none.
const municipalities = [
	{ kommunenummer: '4627', status: 'inter_municipal', arrangement_id: 'a' },
	{ kommunenummer: '4601', status: 'inter_municipal', arrangement_id: 'a' },
	{ kommunenummer: '1124', status: 'own', arrangement_id: 'b' },
	{ kommunenummer: '1151', status: 'none', arrangement_id: null }
];

describe('the wanted feature state', () => {
	it('marks the selected municipality and the rest of its arrangement', () => {
		const states = wantedStates({ municipalities, selected: '4627' });
		expect(states.get('4627')).toEqual({
			status: 'inter_municipal',
			colour: null,
			selected: true,
			group: true
		});
		expect(states.get('4601')).toMatchObject({ selected: false, group: true });
		expect(states.get('1124')).toMatchObject({ selected: false, group: false });
	});

	it('does not mark a group for a municipality alone in its arrangement, or without one', () => {
		for (const selected of ['1124', '1151'])
			expect([...wantedStates({ municipalities, selected }).values()].some((s) => s.group)).toBe(false);
	});

	it('takes a given colour over the status, and none where it has none', () => {
		const states = wantedStates({ municipalities, colours: { '1124': '#123456' } });
		expect(states.get('1124')!.colour).toBe('#123456');
		expect(states.get('1151')!.colour).toBeNull();
	});
});

describe('feature-state changes', () => {
	it('sets only what differs from the blank state at first', () => {
		const changes = stateChanges(new Map(), wantedStates({ municipalities }), BLANK_STATE);
		// Utsira has no coordinator and no colour: nothing to set.
		expect(changes).toEqual([
			['4627', { status: 'inter_municipal' }],
			['4601', { status: 'inter_municipal' }],
			['1124', { status: 'own' }]
		]);
	});

	it('touches only the municipalities whose marks change when the selection moves', () => {
		const before = wantedStates({ municipalities, selected: '4627' });
		const after = wantedStates({ municipalities, selected: '1124' });
		expect(stateChanges(before, after, BLANK_STATE)).toEqual([
			['4627', { selected: false, group: false }],
			['4601', { group: false }],
			['1124', { selected: true }]
		]);
	});

	it('resets a municipality that is no longer wanted, and is empty when nothing changed', () => {
		const before = wantedStates({ municipalities, selected: '1124', colours: { '1124': '#000000' } });
		const after = new Map([...before].filter(([id]) => id !== '1124'));
		expect(stateChanges(before, after, BLANK_STATE)).toEqual([
			['1124', { status: 'none', colour: null, selected: false }]
		]);
		expect(stateChanges(after, new Map(after), BLANK_STATE)).toEqual([]);
	});
});

describe('camera equality', () => {
	const camera = { lon: 5.2345678, lat: 60.4012345, zoom: 9.123456 };
	it('holds for a camera rounded on its way through the URL', () => {
		expect(sameCamera(camera, { lon: 5.2346, lat: 60.4012, zoom: 9.12 })).toBe(true);
	});
	it('fails for a pan or a zoom a reader would see', () => {
		expect(sameCamera(camera, { ...camera, lon: 5.24 })).toBe(false);
		expect(sameCamera(camera, { ...camera, lat: 60.39 })).toBe(false);
		expect(sameCamera(camera, { ...camera, zoom: 9.2 })).toBe(false);
	});
});

describe('where names go', () => {
	const view: [[number, number], [number, number]] = [
		[5, 60],
		[6, 61]
	];
	it('is the view less a margin when zoomed in', () => {
		const [west, south, east, north] = labelArea(view, 8, 5)!;
		expect(west).toBeCloseTo(5.04);
		expect(south).toBeCloseTo(60.04);
		expect(east).toBeCloseTo(5.96);
		expect(north).toBeCloseTo(60.96);
	});
	it('is nowhere in particular when zoomed out', () => {
		expect(labelArea(view, 4, 5)).toBeNull();
	});
});
