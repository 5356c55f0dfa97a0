// The coverage statuses, once: SQL name (public.coverage_at), the one-letter code of public.coverage_timeline
// (public.status_code), the word in links (?status=egen), the map colour and the message keys. Everything
// else (the zod schemas, the list, the dashboard, the map style, the open-data enums) derives from this table;
// status.test.ts checks it against the real SQL. Isomorphic and free of I/O (tests and scripts import it).

export const STATUS_TABLE = [
	// Colours: distinguishable with the common colour-vision deficiencies (blue / orange / light grey) and each
	// at least 3:1 against the white page where it carries meaning; borders separate the light fill.
	{
		name: 'own',
		code: 'o',
		word: 'egen',
		colour: '#1b5e9c',
		message: 'status_own',
		shortMessage: 'status_short_own'
	},
	{
		name: 'inter_municipal',
		code: 's',
		word: 'delt',
		colour: '#c25e00',
		message: 'status_inter_municipal',
		shortMessage: 'status_short_inter_municipal'
	},
	{
		name: 'none',
		code: 'n',
		word: 'uten',
		colour: '#ebebeb',
		message: 'status_none',
		shortMessage: 'status_short_none'
	}
] as const;

export type StatusDefinition = (typeof STATUS_TABLE)[number];
export type CoverageStatus = StatusDefinition['name'];
export type StatusCode = StatusDefinition['code'];
export type StatusWord = StatusDefinition['word'];

/** The statuses in the order they are listed (legend, filters, links). */
export const COVERAGE_STATUSES = STATUS_TABLE.map((s) => s.name) as unknown as readonly [
	CoverageStatus,
	...CoverageStatus[]
];

const byName = Object.fromEntries(STATUS_TABLE.map((s) => [s.name, s])) as {
	[K in CoverageStatus]: Extract<StatusDefinition, { name: K }>;
};

export const statusDefinition = (status: CoverageStatus): StatusDefinition => byName[status];

/** The status a timeline code stands for (an unknown code: none). */
export function statusOfCode(code: string | undefined): CoverageStatus {
	return STATUS_TABLE.find((s) => s.code === code)?.name ?? 'none';
}

export const STATUS_COLOURS = Object.fromEntries(STATUS_TABLE.map((s) => [s.name, s.colour])) as Record<
	CoverageStatus,
	string
>;

/** The words of links (?status=egen,delt). */
export const STATUS_WORDS = Object.fromEntries(STATUS_TABLE.map((s) => [s.name, s.word])) as Record<
	CoverageStatus,
	StatusWord
>;

/** A regular expression for a timeline's status string (one code per year). */
export const STATUS_CODE_PATTERN = new RegExp(`^[${STATUS_TABLE.map((s) => s.code).join('')}]*$`);
