// What the data build writes, relative to the repository root. Shared by the build and the app's server.

export const DATA_DIR = '.data';

export const DATA_FILES = {
	nationalTopology: 'web/municipalities-national.topo.json',
	countyTopology: 'web/municipalities-county.topo.json',
	reference: 'reference/reference.json',
	referenceSql: 'seed/reference.sql',
	demoSql: 'seed/demo.sql',
	stamp: 'build-stamp.json'
} as const;

/** The demo data is generated as of this date, with this seed, so it is the same on every machine. */
export const DEMO_SEED = 20120101;
export const DEMO_TODAY = '2026-11-01';
