import { describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { openApiDocument } from './openapi.ts';

describe('the OpenAPI description', () => {
	it('is valid OpenAPI 3.1 and names the API in one language, the old snapshot path only as a redirect', async () => {
		const document = openApiDocument('https://example.org');
		const result = await new Validator().validate(document);
		expect(result.errors ?? []).toEqual([]);
		const paths = Object.keys(document.paths);
		expect(paths.filter((p) => p.startsWith('/api/'))).toEqual(['/api/oversikt.json', '/api/tidslinje.json']);
		expect(JSON.stringify(document.paths['/api/oversikt.json'])).toContain('/api/snapshot.json redirects');
	});

	it('describes the timeline codes from the domain tables', () => {
		const text = JSON.stringify(openApiDocument('https://example.org').paths['/api/tidslinje.json']);
		for (const code of [
			'o = own',
			's = inter_municipal',
			'7 = cofunded_75 (Cancer Society 75 %)',
			'w = not_started'
		])
			expect(text).toContain(code);
	});
});
