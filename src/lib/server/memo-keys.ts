// The names of values derived once per public snapshot (snapshot-store's memoize), in one place and typed:
// each key carries the type of its value, so two files that share a value cannot disagree on its name or its
// shape, and a new value cannot take another's name by accident.
import type { Dataset } from './open-data.ts';
import type { CoverageTimeline, MapSnapshot, HistoryYear } from '$lib/coverage/schema';

declare const valueType: unique symbol;
/** A memo key whose value is a T. */
export type MemoKey<T> = string & { readonly [valueType]: T };

const key = <T>(name: string) => name as MemoKey<T>;
type OpenDataset = Awaited<ReturnType<typeof import('./open-data.ts').openDataset>>;
type Boundaries = Awaited<ReturnType<typeof import('./open-data.ts').boundariesWithStatus>>;

export const MEMO = {
	/** The national SVG map in a language (front page and /kart.svg). */
	nationalSvg: (locale: string) => key<string>(`svg:${locale}`),
	/** The municipalities sorted by name in a locale's collation. */
	byName: (locale: string) => key<MapSnapshot['municipalities']>(`by-name:${locale}`),
	/** The policy view's timeline up to a year. */
	timeline: (toYear: number) => key<Promise<CoverageTimeline>>(`timeline:${toYear}`),
	/** A municipality's years since 2012, up to a year (public.municipality_history). */
	history: (toYear: number, kommunenummer: string) =>
		key<Promise<HistoryYear[] | null>>(`history:${toYear}:${kommunenummer}`),
	/** Every arrangement's coordinators as JSON (/kart/kontakter.json). */
	contacts: key<string>('contacts'),
	/** An open dataset's rows and description. */
	openData: (dataset: Dataset) => key<Promise<OpenDataset>>(`open-data:${dataset}`),
	/** The boundaries with today's status (GeoJSON). */
	boundaries: key<Boundaries>('open-data:geojson')
} as const;
