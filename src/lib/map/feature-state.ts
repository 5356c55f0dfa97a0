// The coverage map's declarative state as plain data, and what it takes to bring MapLibre to it: what each
// municipality should look like (status, colour, marks), which feature-state calls turn the applied states
// into the wanted ones (only what changed: a new year or selection costs a few dozen calls, not hundreds),
// and when a camera is where the map already is. No MapLibre here: the controller (controller.ts) makes the
// calls, these functions decide them.
import type { MarkState } from './layers.ts';

/** One municipality's feature state: what the layers (layers.ts) read. */
export type MunicipalityState = { status: string; colour: string | null } & Record<
	Exclude<MarkState, 'hover'>,
	boolean
>;

/** The state a municipality has before anything is set (the layers draw it as "no coordinator", unmarked). */
export const BLANK_STATE: MunicipalityState = { status: 'none', colour: null, selected: false, group: false };

export interface StateInput {
	municipalities: readonly { kommunenummer: string; status: string; arrangement_id: string | null }[];
	/** A colour per municipality instead of its status colour. */
	colours?: Readonly<Record<string, string>> | null;
	selected?: string | null;
}

/** The municipality and the other members of its arrangement. */
export function groupOf(municipalities: StateInput['municipalities'], kommunenummer: string): string[] {
	const arrangement = municipalities.find((mu) => mu.kommunenummer === kommunenummer)?.arrangement_id;
	if (!arrangement) return [kommunenummer];
	return municipalities.filter((mu) => mu.arrangement_id === arrangement).map((mu) => mu.kommunenummer);
}

/**
 * Every municipality's wanted state: its status, its colour if one is given, and the selection's marks (the
 * selected municipality; the other members of its arrangement as its group, itself too when it has one).
 */
export function wantedStates({
	municipalities,
	colours,
	selected
}: StateInput): Map<string, MunicipalityState> {
	const group = new Set(selected ? groupOf(municipalities, selected) : []);
	return new Map(
		municipalities.map(({ kommunenummer, status }) => [
			kommunenummer,
			{
				status,
				colour: colours?.[kommunenummer] ?? null,
				selected: kommunenummer === selected,
				group: group.size > 1 && group.has(kommunenummer)
			}
		])
	);
}

/**
 * The feature-state calls from `applied` to `wanted`: per municipality, only the keys whose value changes.
 * A municipality no longer wanted goes back to the blank state; one never applied counts as blank.
 */
export function stateChanges<S extends Record<string, unknown>>(
	applied: ReadonlyMap<string, S>,
	wanted: ReadonlyMap<string, S>,
	blank: S
): [string, Partial<S>][] {
	const changes: [string, Partial<S>][] = [];
	const diff = (id: string, from: S, to: S) => {
		const changed: Partial<S> = {};
		let any = false;
		for (const key of Object.keys(blank) as (keyof S)[])
			if (from[key] !== to[key]) {
				changed[key] = to[key];
				any = true;
			}
		if (any) changes.push([id, changed]);
	};
	for (const [id, before] of applied) if (!wanted.has(id)) diff(id, before, blank);
	for (const [id, after] of wanted) diff(id, applied.get(id) ?? blank, after);
	return changes;
}

/** Where the map looks: its centre and zoom. */
export interface Camera {
	lon: number;
	lat: number;
	zoom: number;
}

/**
 * Whether two cameras show the same view, within what a camera loses on its way through the URL (rounded
 * to a few decimals): the map does not jump to a camera it has just reported.
 */
export function sameCamera(a: Camera, b: Camera): boolean {
	return Math.abs(a.lon - b.lon) < 1e-3 && Math.abs(a.lat - b.lat) < 1e-3 && Math.abs(a.zoom - b.zoom) < 0.02;
}

/**
 * The part of the view where names go: a little inside its edges, so that a name is not cut by them.
 * Zoomed out (below `fromZoom`) names go at their places' own label points: null.
 */
export function labelArea(
	[[west, south], [east, north]]: [[number, number], [number, number]],
	zoom: number,
	fromZoom: number
): [number, number, number, number] | null {
	if (zoom < fromZoom) return null;
	const [dx, dy] = [(east - west) * 0.04, (north - south) * 0.04];
	return [west + dx, south + dy, east - dx, north - dy];
}
