// The coverage statuses and funding phases as plain constants, for code that runs in the browser without
// the schema library (see schema.ts for the parsers).
export const COVERAGE_STATUSES = ['own', 'inter_municipal', 'none'] as const;

export const FUNDING_PHASES = [
	'not_started',
	'cofunded_75',
	'stepdown_60',
	'stepdown_40',
	'stepdown_20',
	'municipal'
] as const;
