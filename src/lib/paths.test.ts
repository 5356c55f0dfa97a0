import { describe, expect, it } from 'vitest';
import { municipalityHref, municipalityHrefMaker } from './paths.ts';

describe('municipalityHrefMaker', () => {
	it('makes the same links as municipalityHref', () => {
		const href = municipalityHrefMaker();
		const names: [string, string][] = [
			['0301', 'Oslo'],
			['3328', 'Ål'],
			['5601', 'Alta'],
			['5636', 'Porsanger'],
			['4627', 'Askøy'],
			['1866', 'Hadsel - kommune slug']
		];
		for (const [kommunenummer, name] of names) {
			expect(href(kommunenummer, name)).toBe(municipalityHref(kommunenummer, name));
		}
		expect(href('3328', 'Ål')).toBe('/kommune/3328-al');
	});
});

describe('municipalityHrefMaker in another language', () => {
	it('keeps the language prefix', async () => {
		const runtime = await import('$lib/paraglide/runtime');
		runtime.overwriteGetLocale(() => 'en');
		try {
			expect(municipalityHrefMaker()('4627', 'Askøy')).toBe('/en/kommune/4627-askoy');
			expect(municipalityHrefMaker()('4627', 'Askøy')).toBe(municipalityHref('4627', 'Askøy'));
		} finally {
			runtime.overwriteGetLocale(() => 'nb');
		}
	});
});
