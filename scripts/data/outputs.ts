// What the data build writes: the file contract is in src/lib/server/data/files.ts (the server reads it
// too); the demo data's fixed seed and date are the build's own.
export {
	DATA_DIR,
	DATA_FILES,
	EMBEDDED_TEMPLATE,
	detailCountyFile
} from '../../src/lib/server/data/files.ts';

/** The demo data is generated as of this date, with this seed, so it is the same on every machine. */
export const DEMO_SEED = 20120101;
export const DEMO_TODAY = '2026-11-01';
