// The OpenAPI 3.1 description of the open data's JSON and of the app's own API (tests/e2e/open-data.spec.ts
// checks the real responses against it). The row schema comes from the one column list in columns.ts; the
// API's from the zod schemas the app parses the SQL's answers with (JSON Schema 2020-12, as OpenAPI 3.1 uses).
import { z } from 'zod';
import { STATUS_TABLE } from '$lib/domain/status';
import { NO_PHASE, PHASE_TABLE } from '$lib/domain/phase';
import { rowSchema } from './columns.ts';
import {
	COVERAGE_STATUSES,
	coverageTimeline,
	FUNDING_PHASES,
	mapSnapshot,
	phaseChanges
} from '$lib/coverage/schema';
import { FORMAT_VERSION } from './meta.ts';

const meta = {
	type: 'object',
	required: [
		'title',
		'dataset',
		'format_version',
		'data_date',
		'data_version',
		'demo',
		'structure',
		'population',
		'licence',
		'sources',
		'citation'
	],
	properties: {
		title: { type: 'string' },
		dataset: { type: 'string' },
		format_version: { type: 'string' },
		data_date: { type: 'string', format: 'date', description: 'The date the figures are for.' },
		data_version: { type: 'string', description: 'Changes whenever the data changes.' },
		demo: { type: 'boolean', description: 'True while the data is generated demo data.' },
		structure: { type: 'string' },
		population: { type: 'string', description: 'Which population year the figures use.' },
		licence: {
			type: 'object',
			required: ['name', 'url', 'attribution'],
			properties: {
				name: { type: 'string' },
				url: { type: 'string', format: 'uri' },
				attribution: { type: 'string' }
			}
		},
		sources: {
			type: 'array',
			items: {
				type: 'object',
				required: ['what', 'attribution', 'licence', 'url'],
				properties: {
					what: { type: 'string' },
					attribution: { type: 'string' },
					licence: { type: 'string' },
					url: { type: 'string', format: 'uri' }
				}
			}
		},
		citation: { type: 'string' }
	}
};

const dataset = (description: string) => ({
	description,
	content: {
		'application/json': {
			schema: {
				type: 'object',
				required: ['meta', 'rows'],
				additionalProperties: false,
				properties: {
					meta: { $ref: '#/components/schemas/Meta' },
					rows: { type: 'array', items: { $ref: '#/components/schemas/Row' } }
				}
			}
		}
	}
});

const nullable = (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: 'null' }] });

/** A zod schema as a schema object (without $schema: the document's dialect is OpenAPI 3.1's). */
function fromZod(schema: z.ZodType): Record<string, unknown> {
	const converted: Record<string, unknown> = z.toJSONSchema(schema, { io: 'output' });
	delete converted.$schema;
	return converted;
}

// The timeline's codes in words, from the domain tables.
const STATUS_CODES = STATUS_TABLE.map((s) => `${s.code} = ${s.name}`).join(', ');
const PHASE_CODES = [
	...PHASE_TABLE.map((p) => `${p.code} = ${p.name} (Cancer Society ${p.societyPercent} %)`),
	`${NO_PHASE.code} = no coordinator`
].join(', ');

const apiResponse = (description: string, schema: string) => ({
	description,
	content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } }
});

export function openApiDocument(origin: string) {
	return {
		openapi: '3.1.0',
		info: {
			title: 'Koordinatorkart open data',
			version: FORMAT_VERSION,
			description:
				'Cancer coordinator (kreftkoordinator) coverage in Norwegian municipalities, 2024 structure. CC BY 4.0; see /data.',
			license: { name: 'CC BY 4.0', identifier: 'CC-BY-4.0' }
		},
		servers: [{ url: origin }],
		paths: {
			'/api/oversikt.json': {
				get: {
					operationId: 'snapshot',
					summary: 'Coverage of every municipality today, with national and county summaries',
					description:
						'The data the map and the list are drawn from. Answers 304 to If-None-Match with the ETag it gave; ' +
						'X-Data-Stale: true while the database cannot be reached (the last good copy is served). ' +
						'The old address /api/snapshot.json redirects here (308).',
					responses: { '200': apiResponse('The snapshot.', 'Snapshot') }
				}
			},
			'/api/tidslinje.json': {
				get: {
					operationId: 'timeline',
					summary: 'Every municipality’s status and funding phase at the end of each year since 2012',
					description:
						`One character per year and municipality: status ${STATUS_CODES}; funding phase ${PHASE_CODES}. ` +
						'With the national and county history and the arrangements whose phase changes from one year ' +
						'to the next. The data behind /statistikk.',
					responses: { '200': apiResponse('The timeline.', 'Timeline') }
				}
			},
			'/data/dekning.json': {
				get: {
					operationId: 'currentCoverage',
					summary: 'Every municipality today',
					responses: { '200': dataset('One row per municipality (357), for today.') }
				}
			},
			'/data/historikk.json': {
				get: {
					operationId: 'coverageHistory',
					summary: 'Every municipality at the end of each year since 2012',
					responses: { '200': dataset('One row per year and municipality; the current year is today.') }
				}
			},
			'/data/kommuner.geojson': {
				get: {
					operationId: 'boundaries',
					summary: 'Municipality boundaries (simplified) with today’s status',
					responses: {
						'200': {
							description: 'A GeoJSON FeatureCollection (RFC 7946) of the 357 municipalities.',
							content: {
								'application/geo+json': {
									schema: {
										type: 'object',
										required: ['type', 'meta', 'features'],
										properties: {
											type: { const: 'FeatureCollection' },
											meta: { $ref: '#/components/schemas/Meta' },
											features: {
												type: 'array',
												items: {
													type: 'object',
													required: ['type', 'id', 'geometry', 'properties'],
													properties: {
														type: { const: 'Feature' },
														id: { type: 'string', pattern: '^[0-9]{4}$' },
														geometry: {
															type: 'object',
															required: ['type', 'coordinates'],
															properties: {
																type: { enum: ['Polygon', 'MultiPolygon'] },
																coordinates: { type: 'array' }
															}
														},
														properties: {
															type: 'object',
															additionalProperties: false,
															required: [
																'kommunenummer',
																'name',
																'status',
																'arrangement_name',
																'host_kommunenummer',
																'funding_phase'
															],
															properties: {
																kommunenummer: { type: 'string', pattern: '^[0-9]{4}$' },
																name: { type: 'string' },
																status: { enum: [...COVERAGE_STATUSES] },
																arrangement_name: nullable({ type: 'string' }),
																host_kommunenummer: nullable({ type: 'string', pattern: '^[0-9]{4}$' }),
																funding_phase: nullable({ enum: [...FUNDING_PHASES] })
															}
														}
													}
												}
											}
										}
									}
								}
							}
						}
					}
				}
			}
		},
		components: {
			schemas: {
				Meta: meta,
				Row: rowSchema(),
				Snapshot: fromZod(mapSnapshot),
				Timeline: fromZod(coverageTimeline.extend({ phase_changes: phaseChanges }))
			}
		}
	};
}
