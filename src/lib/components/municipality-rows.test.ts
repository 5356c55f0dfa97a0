import { describe, expect, it } from 'vitest';
import { municipalityRowsMarkup } from './municipality-rows.ts';

describe('municipalityRowsMarkup', () => {
	it('gives each municipality a link to its page and its status in words', () => {
		const markup = municipalityRowsMarkup([
			{ kommunenummer: '0301', name: 'Oslo', name_norwegian: 'Oslo', status: 'own' },
			{ kommunenummer: '3328', name: 'Ål', name_norwegian: 'Ål', status: 'none' }
		]);
		expect(markup.match(/<li>/g)).toHaveLength(2);
		expect(markup).toContain('<a href="/kommune/0301-oslo">Oslo</a>');
		expect(markup).toContain('<a href="/kommune/3328-al">Ål</a>');
		expect(markup).toContain('<span class="swatch none" aria-hidden="true"></span>Ingen</span>');
	});

	it('escapes names, so data cannot add markup to the page', () => {
		const markup = municipalityRowsMarkup([
			{
				kommunenummer: '9999',
				name: '<img src=x onerror=alert(1)> & "Co"',
				name_norwegian: 'X',
				status: 'own'
			}
		]);
		expect(markup).not.toContain('<img');
		expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;');
	});

	it('keeps every field inside its attribute or text, whatever the data holds', () => {
		const markup = municipalityRowsMarkup([
			{
				kommunenummer: '1"><script>x</script>',
				name: 'Ok',
				name_norwegian: '"><script>y</script>',
				status: 'own'
			}
		]);
		expect(markup).not.toMatch(/<script/);
		expect(markup.match(/<a /g)).toHaveLength(1);
	});
});
