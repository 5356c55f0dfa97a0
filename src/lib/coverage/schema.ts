// Shapes of the JSON the SQL functions return (public.map_snapshot, public.municipality_detail). Results are
// parsed with these at the boundary, and tests run them against the real SQL, so TypeScript and SQL cannot
// drift apart silently.
import { z } from 'zod';
import { FYLKESNUMMER } from '../domain/ids.ts';
import {
	arrangementRow,
	coordinatorLinkRow,
	coordinatorRow,
	isoDate,
	kommunenummer,
	municipalityRow,
	serviceRow
} from '../domain/rows.ts';

import { COVERAGE_STATUSES, STATUS_CODE_PATTERN } from '../domain/status.ts';
import { FUNDING_PHASE_CODES, FUNDING_PHASES, PHASE_CODE_PATTERN } from '../domain/phase.ts';

export { COVERAGE_STATUSES, FUNDING_PHASES };
export const coverageStatus = z.enum(COVERAGE_STATUSES);
export type CoverageStatus = z.infer<typeof coverageStatus>;

export const fundingPhaseName = z.enum(FUNDING_PHASES);
export type FundingPhaseName = z.infer<typeof fundingPhaseName>;

const fylkesnummer = z.string().regex(FYLKESNUMMER);

export const summaryRow = z.object({
	fylkesnummer: fylkesnummer.nullable(),
	county_name: z.string().nullable(),
	municipalities: z.number().int(),
	own: z.number().int(),
	inter_municipal: z.number().int(),
	uncovered: z.number().int(),
	covered: z.number().int(),
	population_year: z.number().int().nullable(),
	population: z.number(),
	population_own: z.number(),
	population_inter_municipal: z.number(),
	population_covered: z.number()
});
export type SummaryRow = z.infer<typeof summaryRow>;

// The columns a table holds are picked from its row schema (../domain/rows.ts, checked against the SQL); what
// the functions work out (status, phase, names of the host) is described here.
const municipalityNames = municipalityRow.pick({
	kommunenummer: true,
	name: true,
	name_norwegian: true,
	fylkesnummer: true
});

export const snapshotMunicipality = municipalityNames.extend({
	population: z.number().int().nullable(),
	status: coverageStatus,
	arrangement_id: z.string().uuid().nullable(),
	arrangement_name: z.string().nullable(),
	host_kommunenummer: kommunenummer.nullable()
});
export type SnapshotMunicipality = z.infer<typeof snapshotMunicipality>;

export const mapSnapshot = z.object({
	at: isoDate,
	is_demo: z.boolean(),
	population_year: z.number().int().nullable(),
	last_changed_at: z.string().nullable(),
	counties: z.array(z.object({ fylkesnummer, name: z.string(), name_norwegian: z.string() })),
	municipalities: z.array(snapshotMunicipality),
	summary: z.array(summaryRow)
});
export type MapSnapshot = z.infer<typeof mapSnapshot>;

export const fundingPhase = z.object({
	programme_year: z.number().int().nullable(),
	phase: fundingPhaseName,
	society_percent: z.number().int(),
	phase_last_year: z.number().int().nullable(),
	next_phase: fundingPhaseName.nullable()
});
export type FundingPhase = z.infer<typeof fundingPhase>;

export const coordinator = coordinatorRow
	.pick({
		full_name: true,
		title: true,
		phone: true,
		email: true,
		office_address: true,
		office_hours: true,
		verified_at: true
	})
	.extend({ role: coordinatorLinkRow.shape.role });
export type Coordinator = z.infer<typeof coordinator>;

export const service = serviceRow
	.pick({ category: true, name: true, description: true, url: true, phone: true })
	.extend({
		category_names: z.object({ nb: z.string(), nn: z.string(), en: z.string() }),
		scope: z.enum(['municipality', 'arrangement'])
	});
export type Service = z.infer<typeof service>;

export const arrangementDetail = arrangementRow
	.pick({
		id: true,
		name: true,
		host_kommunenummer: true,
		started_on: true,
		ended_on: true,
		cofunding_start_year: true,
		position_percent: true,
		updated_at: true
	})
	.extend({
		host_name: z.string(),
		host_name_norwegian: z.string(),
		funding: fundingPhase,
		members: z.array(
			z.object({
				kommunenummer,
				name: z.string(),
				name_norwegian: z.string(),
				valid_from: isoDate,
				is_host: z.boolean()
			})
		),
		coordinators: z.array(coordinator)
	});
export type ArrangementDetail = z.infer<typeof arrangementDetail>;

export const municipalityDetail = municipalityRow
	.pick({
		kommunenummer: true,
		name: true,
		name_norwegian: true,
		fylkesnummer: true,
		administrative_centre: true,
		area_km2: true,
		sami_administrative_area: true
	})
	.extend({
		names: z.object({
			norwegian: z.string(),
			north_sami: z.string().optional(),
			lule_sami: z.string().optional(),
			south_sami: z.string().optional(),
			kven: z.string().optional()
		}),
		county_name: z.string(),
		population: z.object({ year: z.number().int(), population: z.number().int() }).nullable(),
		at: isoDate,
		is_demo: z.boolean(),
		status: coverageStatus,
		arrangement: arrangementDetail.nullable(),
		services: z.array(service)
	});
export type MunicipalityDetail = z.infer<typeof municipalityDetail>;

/** A covered municipality near one without a coordinator, with the distance between their centres. */
export interface NearbyMunicipality extends SnapshotMunicipality {
	distance_km: number;
}

export const publicSnapshot = z.object({
	map: mapSnapshot,
	details: z.record(z.string(), municipalityDetail)
});
export type PublicSnapshotData = z.infer<typeof publicSnapshot>;

/** public.coverage_history: a summary row (fewer population columns) at the end of a year. */
export const historyRow = summaryRow
	.pick({
		fylkesnummer: true,
		municipalities: true,
		own: true,
		inter_municipal: true,
		uncovered: true,
		covered: true,
		population_year: true,
		population: true,
		population_covered: true
	})
	.extend({ year: z.number().int(), at: isoDate });
export type HistoryRow = z.infer<typeof historyRow>;

/** public.coverage_timeline: per municipality one status and one phase character per year (see the SQL). */
export const coverageTimeline = z.object({
	from_year: z.number().int(),
	to_year: z.number().int(),
	statuses: z.record(kommunenummer, z.string().regex(STATUS_CODE_PATTERN)),
	phases: z.record(kommunenummer, z.string().regex(PHASE_CODE_PATTERN)),
	/** Population per municipality for each population year the history rows use (see population_year). */
	populations: z.record(z.string().regex(/^\d{4}$/), z.record(kommunenummer, z.number().int())),
	history: z.array(historyRow)
});

const phaseCode = z.enum(FUNDING_PHASE_CODES);
/** public.phase_changes: arrangements whose co-funding phase changes from a year to the next. */
export const phaseChanges = z.array(
	z.object({
		year: z.number().int(),
		arrangement_id: z.string().uuid(),
		name: z.string(),
		host_kommunenummer: kommunenummer,
		members: z.array(kommunenummer),
		cofunding_start_year: z.number().int(),
		from: phaseCode,
		to: phaseCode
	})
);
export type PhaseChange = z.infer<typeof phaseChanges>[number];

/** The policy view's data: the timeline with the arrangements' phase changes of the same years. */
export type CoverageTimeline = z.infer<typeof coverageTimeline> & { phase_changes: PhaseChange[] };

/** public.municipality_history: one municipality's status, partners and co-funding phase at each year's end. */
export const historyYear = z.object({
	year: z.number().int(),
	at: isoDate,
	status: coverageStatus,
	arrangement_id: z.string().uuid().nullable(),
	arrangement_name: z.string().nullable(),
	host_kommunenummer: kommunenummer.nullable(),
	/** The other members of the arrangement at the end of the year. */
	partners: z.array(z.object({ kommunenummer, name: z.string(), name_norwegian: z.string() })),
	cofunding_start_year: z.number().int().nullable(),
	programme_year: z.number().int().nullable(),
	funding_phase: fundingPhaseName.nullable(),
	society_percent: z.number().int().nullable()
});
export type HistoryYear = z.infer<typeof historyYear>;
export const municipalityHistories = z.record(kommunenummer, z.array(historyYear));
export type MunicipalityHistories = z.infer<typeof municipalityHistories>;
