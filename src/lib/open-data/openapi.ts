// The OpenAPI 3.1 description of the open data's JSON (tests/e2e/open-data.spec.ts checks the real responses
// against it). The row schema comes from the one column list in columns.ts.
import { rowSchema } from './columns.ts';
import { COVERAGE_STATUSES, FUNDING_PHASES } from '$lib/coverage/schema';
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
		components: { schemas: { Meta: meta, Row: rowSchema() } }
	};
}
