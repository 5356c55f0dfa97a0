import { describe, expect, it } from 'vitest';
import { escapeXml, svgMapMarkup } from './svg-markup.ts';
import { fillSvgMapSlot, SVG_MAP_SLOT_ID } from './slot.ts';

const map = {
	width: 100,
	height: 200,
	municipalities: [
		{ kommunenummer: '0301', d: 'M0,0L1,1Z', box: [0, 0, 1, 1] as [number, number, number, number] },
		{ kommunenummer: '4627', d: 'M2,2L3,3Z', box: [2, 2, 3, 3] as [number, number, number, number] }
	],
	countyBorders: 'M0,0L5,5',
	outline: 'M0,0L9,9'
};

describe('SVG map markup', () => {
	it('links each area to its page, coloured by status, with an escaped title', () => {
		const markup = svgMapMarkup(map, [
			{
				kommunenummer: '0301',
				status: 'own',
				title: 'Oslo: <b>"egen"</b> & mer',
				href: '/kommune/0301-oslo'
			},
			{ kommunenummer: '4627', status: 'none', title: 'Askøy', href: '/kommune/4627-askoy' }
		]);
		expect(markup).toContain('viewBox="0 0 100 200"');
		expect(markup).toContain(
			'<a href="/kommune/0301-oslo" tabindex="-1" rel="external"><path d="M0,0L1,1Z" class="own" data-kommunenummer="0301">'
		);
		expect(markup).toContain('<title>Oslo: &lt;b&gt;&quot;egen&quot;&lt;/b&gt; &amp; mer</title>');
		expect(markup).not.toContain('<b>');
		expect(markup.match(/<path /g)).toHaveLength(4);
	});

	it('leaves out shapes with no data rather than drawing them uncoloured', () => {
		const markup = svgMapMarkup(map, [{ kommunenummer: '4627', status: 'own', title: 'Askøy', href: '/k' }]);
		expect(markup).not.toContain('0301');
	});

	it('is put into the slot element of the rendered page, once', () => {
		const html = `<main><div id="${SVG_MAP_SLOT_ID}" class="svelte-abc"></div><p>x</p></main>`;
		expect(fillSvgMapSlot(html, '<svg></svg>')).toBe(
			`<main><div id="${SVG_MAP_SLOT_ID}" class="svelte-abc"><svg></svg></div><p>x</p></main>`
		);
		expect(fillSvgMapSlot('<main></main>', '<svg></svg>')).toBe('<main></main>');
	});

	it('escapes all five XML specials', () => expect(escapeXml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&#39;'));
});
