import { describe, expect, it } from 'vitest';
import { mapImageSvg, pathBounds } from './map-image.ts';
import type { SvgMap } from '$lib/map/svg';

const map: SvgMap = {
	width: 560,
	height: 800,
	municipalities: [
		{ kommunenummer: '0301', d: 'M10,20L30,20L30,40Z' },
		{ kommunenummer: '1804', d: 'M100,500L140,500L140,620Z' }
	],
	countyBorders: 'M0,0L1,1',
	outline: 'M0,0L2,2'
};

describe('map picture', () => {
	it('finds the box around d3 path data', () => {
		expect(pathBounds(['M10,20L30,20L30,40Z', 'M-5,7.5L1e-2,100Z'])).toEqual([-5, 7.5, 30, 100]);
		expect(pathBounds([''])).toBeNull();
	});

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

	it('crops to the chosen municipalities and leaves out the frame for the bare map', () => {
		const svg = mapImageSvg({
			map,
			fills: new Map([['1804', '#c25e00']]),
			crop: ['1804'],
			selected: null,
			frame: null
		});
		// 40 × 120 with 3 % padding of the longer side on every side.
		expect(svg).toContain('viewBox="96.4 496.4 47.2 127.2"');
		expect(svg).not.toContain('data-kommunenummer="0301"');
		expect(svg).not.toContain('<text');
	});
});
