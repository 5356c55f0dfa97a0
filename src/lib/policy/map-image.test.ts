import { describe, expect, it } from 'vitest';
import { cropView, mapImageSvg } from './map-image.ts';
import { textWidth, wrapText } from './text-wrap.ts';
import type { SvgMap } from '$lib/map/svg';

const map: SvgMap = {
	width: 560,
	height: 800,
	municipalities: [
		{ kommunenummer: '0301', d: 'M10 20l20 0 0 20z', box: [10, 20, 30, 40] },
		{ kommunenummer: '1804', d: 'M100 500l40 0 0 120z', box: [100, 500, 140, 620] },
		{ kommunenummer: '5601', d: 'M300 100l200 0 0 20z', box: [300, 100, 500, 120] }
	],
	countyBorders: 'M0 0l1 1',
	outline: 'M0 0l2 2'
};

describe('map picture', () => {
	it('has title, date line, legend, attribution and each municipality in its colour', () => {
		const svg = mapImageSvg({
			map,
			fills: new Map([
				['0301', '#1b5e9c'],
				['1804', '#ebebeb']
			]),
			crop: null,
			selected: '1804',
			frame: {
				title: 'Kreftkoordinator i kommunene – Hele landet',
				subtitle: 'Situasjonen 31. desember 2019',
				legend: [{ colour: '#1b5e9c', label: 'Egen <kreftkoordinator> (1)' }],
				attribution: ['Kartgrunnlag: © Kartverket']
			}
		});
		expect(svg).toContain('>Kreftkoordinator i kommunene – Hele landet</text>');
		expect(svg).toContain('>Situasjonen 31. desember 2019</text>');
		expect(svg).toContain('Egen &lt;kreftkoordinator&gt; (1)');
		expect(svg).toContain('Kartgrunnlag: © Kartverket');
		expect(svg).toMatch(/fill="#1b5e9c" data-kommunenummer="0301"/);
		expect(svg).toContain('data-selected="1804"');
		expect(svg).not.toContain('<script');
	});

	it('crops to the chosen municipalities with a margin and leaves out the frame for the bare map', () => {
		const svg = mapImageSvg({
			map,
			fills: new Map([
				['1804', '#c25e00'],
				['0301', '#ffffff']
			]),
			crop: ['1804'],
			selected: null,
			frame: null
		});
		// 40 × 120 with 5 % of the longer side on every side, widened to the picture's greatest height (760).
		const { viewBox, height } = cropView(map, ['1804']);
		expect(height).toBe(760);
		expect(viewBox[1]).toBeCloseTo(494);
		expect(viewBox[3]).toBeCloseTo(132);
		expect(viewBox[2]).toBeCloseTo((132 * 560) / 760);
		expect(viewBox[0] + viewBox[2] / 2).toBeCloseTo(120);
		// What is out of view is left out.
		expect(svg).toContain('data-kommunenummer="1804"');
		expect(svg).not.toContain('data-kommunenummer="0301"');
		expect(svg).not.toContain('<text');
	});

	it('frames a wide crop to its width', () => {
		const { viewBox, height } = cropView(map, ['5601']);
		expect(viewBox).toEqual([290, 90, 220, 40]);
		expect(height).toBe(Math.round((560 * 40) / 220));
	});

	it('wraps a long title into lines that fit the picture', () => {
		const title = 'Finansiering av kreftkoordinatorer – Finnmark - Finnmárku - Finmarkku';
		const lines = wrapText(title, 560, 20, true);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe(title);
		for (const line of lines) expect(textWidth(line, 20, true)).toBeLessThanOrEqual(560);
		expect(wrapText('Kort tittel', 560, 20, true)).toEqual(['Kort tittel']);
	});
});
