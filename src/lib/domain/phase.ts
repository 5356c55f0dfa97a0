// The funding phases, once: SQL name (public.funding_phase), the one-letter code of public.coverage_timeline
// and public.phase_changes (public.phase_code), the word in links (?fase=75), the programme years it covers,
// the Cancer Society's share, the map colour and the message key. The zod schemas, the dashboard's filters,
// legend, map and CSV, and the open-data enums derive from this table; phase.test.ts checks it against the
// real SQL. Isomorphic and free of I/O.
import { STATUS_COLOURS } from './status.ts';

export const PHASE_TABLE = [
	// One blue scale for the Cancer Society's share (darker = larger share), a distinct green for municipal
	// funding (the goal once co-funding ends), and the status map's grey for no coordinator.
	{
		name: 'cofunded_75',
		code: '7',
		word: '75',
		programmeYears: [1, 3],
		societyPercent: 75,
		colour: '#08306b',
		message: 'phase_7'
	},
	{
		name: 'stepdown_60',
		code: '6',
		word: '60',
		programmeYears: [4, 4],
		societyPercent: 60,
		colour: '#2171b5',
		message: 'phase_6'
	},
	{
		name: 'stepdown_40',
		code: '4',
		word: '40',
		programmeYears: [5, 5],
		societyPercent: 40,
		colour: '#6baed6',
		message: 'phase_4'
	},
	{
		name: 'stepdown_20',
		code: '2',
		word: '20',
		programmeYears: [6, 6],
		societyPercent: 20,
		colour: '#c6dbef',
		message: 'phase_2'
	},
	{
		// After programme year 6, and for an arrangement without a co-funding start year.
		name: 'municipal',
		code: 'm',
		word: 'kommunal',
		programmeYears: [7, Infinity],
		societyPercent: 0,
		colour: '#238b45',
		message: 'phase_m'
	},
	{
		// A co-funding start year still to come.
		name: 'not_started',
		code: 'w',
		word: 'ikke-startet',
		programmeYears: [-Infinity, 0],
		societyPercent: 0,
		colour: '#fdd49e',
		message: 'phase_w'
	}
] as const;

/** The timeline's code for a municipality without a coordinator in a year (no arrangement, so no phase). */
export const NO_PHASE = {
	code: '-',
	word: 'ingen',
	colour: STATUS_COLOURS.none,
	message: 'phase_none'
} as const;

export type PhaseDefinition = (typeof PHASE_TABLE)[number];
export type FundingPhaseName = PhaseDefinition['name'];
/** A funding phase's code, or '-' for none (the timeline's and the dashboard's vocabulary). */
export type PhaseCode = PhaseDefinition['code'] | typeof NO_PHASE.code;
export type FundingPhaseCode = PhaseDefinition['code'];

export const FUNDING_PHASES = PHASE_TABLE.map((p) => p.name) as unknown as readonly [
	FundingPhaseName,
	...FundingPhaseName[]
];
/** The codes in the order they are listed (legend, filters, links), none last. */
export const PHASE_CODES: PhaseCode[] = [...PHASE_TABLE.map((p) => p.code), NO_PHASE.code];
export const FUNDING_PHASE_CODES = PHASE_TABLE.map((p) => p.code) as unknown as readonly [
	FundingPhaseCode,
	...FundingPhaseCode[]
];

const ALL = [...PHASE_TABLE, NO_PHASE];
const pick = <K extends 'colour' | 'word' | 'message'>(key: K) =>
	Object.fromEntries(ALL.map((p) => [p.code, p[key]])) as Record<PhaseCode, (typeof ALL)[number][K]>;

export const PHASE_COLOURS: Record<PhaseCode, string> = pick('colour');
/** The words of links (?fase=75,kommunal). */
export const PHASE_WORDS = pick('word');
export const PHASE_MESSAGES = pick('message');

export const phaseDefinition = (name: FundingPhaseName): PhaseDefinition =>
	PHASE_TABLE.find((p) => p.name === name)!;

export const phaseCode = (name: FundingPhaseName): FundingPhaseCode => phaseDefinition(name).code;

/** A timeline code as a PhaseCode (an unknown or missing code: none). */
export function phaseOfCode(code: string | undefined): PhaseCode {
	return ALL.find((p) => p.code === code)?.code ?? NO_PHASE.code;
}

/**
 * The phase in a programme year (1 = the co-funding start year); null: no co-funding start year, municipal
 * funding only. The same rule as public.funding_phase, checked against it in phase.test.ts.
 */
export function phaseInProgrammeYear(programmeYear: number | null): PhaseDefinition {
	if (programmeYear === null) return phaseDefinition('municipal');
	return PHASE_TABLE.find(
		(p) => programmeYear >= p.programmeYears[0] && programmeYear <= p.programmeYears[1]
	)!;
}

/** A regular expression for a timeline's phase string (one code per year). */
export const PHASE_CODE_PATTERN = new RegExp(
	`^[${PHASE_CODES.map((c) => c.replace('-', '\\-')).join('')}]*$`
);
