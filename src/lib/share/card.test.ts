import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import {
	CARD_HEIGHT,
	CARD_WIDTH,
	cardLayout,
	fitText,
	shareCardSvg,
	textWidth,
	type ShareCard
} from './card.ts';
import { renderOptions, svgToPng } from '$lib/server/share/render';

const card = (changes: Partial<ShareCard> = {}): ShareCard => ({
	alt: 'Kart over Askøy',
	title: 'Askøy',
	lines: [
		{ text: 'Egen kreftkoordinator', size: 28, bold: true, swatch: '#1b5e9c' },
		{ text: 'Kommunenummer 4627 · Vestland', size: 20 }
	],
	legend: [
		{ colour: '#1b5e9c', label: 'Egen kreftkoordinator' },
		{ colour: '#c25e00', label: 'Interkommunal kreftkoordinator' }
	],
	map: { viewBox: [0, 0, 100, 100], content: '<rect width="100" height="100" fill="#1b5e9c"/>' },
	date: 'Situasjonen 2. desember 2026',
	attribution: [
		'Kartgrunnlag: © Kartverket (CC BY 4.0)',
		'Koordinatorkart · koordinatorkart.no/kommune/4627-askoy'
	],
	demo: 'Demodata, ikke virkelige ordninger',
	...changes
});

/** The text of each <text> element of a part, unescaped. */
function texts(svg: string, part: string): string[] {
	return [...svg.matchAll(new RegExp(`<text [^>]*data-part="${part}"[^>]*>([^<]*)</text>`, 'g'))].map(
		(match) =>
			match[1]
				.replaceAll('&lt;', '<')
				.replaceAll('&gt;', '>')
				.replaceAll('&quot;', '"')
				.replaceAll('&#39;', "'")
				.replaceAll('&amp;', '&')
	);
}

/** The x and font size of each <text> element of a part. */
function placed(svg: string, part: string) {
	return [
		...svg.matchAll(
			new RegExp(
				`<text x="([\\d.]+)" y="([\\d.]+)" font-size="(\\d+)"( font-weight="700")?[^>]*data-part="${part}"[^>]*>([^<]*)</text>`,
				'g'
			)
		)
	].map((match) => ({
		x: Number(match[1]),
		y: Number(match[2]),
		size: Number(match[3]),
		bold: !!match[4],
		text: match[5]
	}));
}

describe('the share card', () => {
	it('says the name, status, date, attribution and demo marking, 1200 × 630', () => {
		const svg = shareCardSvg(card());
		expect(svg).toContain(`width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`);
		expect(texts(svg, 'title')).toEqual(['Askøy']);
		expect(texts(svg, 'line')).toEqual(['Egen kreftkoordinator', 'Kommunenummer 4627 · Vestland']);
		expect(texts(svg, 'legend')).toEqual(['Egen kreftkoordinator', 'Interkommunal kreftkoordinator']);
		expect(texts(svg, 'foot')).toEqual([
			'Situasjonen 2. desember 2026',
			'Kartgrunnlag: © Kartverket (CC BY 4.0)',
			'Koordinatorkart · koordinatorkart.no/kommune/4627-askoy'
		]);
		expect(texts(svg, 'demo')).toEqual(['Demodata, ikke virkelige ordninger']);
		expect(svg).toContain('<title>Kart over Askøy</title>');
		expect(shareCardSvg(card({ demo: null }))).not.toContain('data-part="demo"');
	});

	it('escapes names: & and < stay text, and the picture is well-formed', async () => {
		const svg = shareCardSvg(
			card({
				title: 'Ås & <Bø>',
				alt: 'Kart <over> Ås & Bø',
				lines: [{ text: 'A<b>&c', size: 20 }]
			})
		);
		expect(svg).toContain('Ås &amp; &lt;Bø&gt;');
		expect(svg).not.toContain('<Bø>');
		expect(texts(svg, 'title')).toEqual(['Ås & <Bø>']);
		expect(texts(svg, 'line')).toEqual(['A<b>&c']);
		// resvg parses it as XML (it refuses malformed markup) and draws 1200 × 630.
		const png = await svgToPng(svg);
		const ihdr = Buffer.from(png.subarray(12, 24));
		expect(ihdr.toString('latin1', 0, 4)).toBe('IHDR');
		expect([ihdr.readUInt32BE(4), ihdr.readUInt32BE(8)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
	});

	it('wraps a long name within the text column, smaller, and cuts it with an ellipsis after three lines', () => {
		const { textWidth: columnWidth } = cardLayout();
		const long =
			'Guovdageaidnu - Kautokeino Kárášjohka - Karasjok Unjárga - Nesseby Deatnu - Tana Porsanger - Porsáŋgu - Porsanki';
		const svg = shareCardSvg(card({ title: long }));
		const lines = placed(svg, 'title');
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.length).toBeLessThanOrEqual(3);
		expect(lines[0].size).toBeLessThan(52);
		for (const line of lines) expect(textWidth(line.text, line.size, true)).toBeLessThanOrEqual(columnWidth);
		expect(lines.at(-1)!.text.endsWith('…')).toBe(true);
		// What is shown is the name's beginning, word for word.
		expect(
			long.startsWith(
				lines
					.map((l) => l.text)
					.join(' ')
					.replace(/…$/, '')
			)
		).toBe(true);
	});

	it('breaks a word longer than a line between letters', () => {
		const { lines } = fitText('Ø'.repeat(80), { maxWidth: 300, maxLines: 5, size: 40, bold: true });
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(textWidth(line, 40, true)).toBeLessThanOrEqual(300);
	});

	it('keeps the date and attribution above the bottom edge and every text out of the map, as drawn', () => {
		const longest = 'Porsanger - Porsáŋgu - Porsanki Guovdageaidnu - Kautokeino '.repeat(4);
		const svg = shareCardSvg(
			card({
				title: longest,
				lines: Array.from({ length: 8 }, () => ({ text: longest, size: 26, bold: true, maxLines: 3 })),
				legend: Array.from({ length: 8 }, () => ({ colour: '#c25e00', label: longest })),
				attribution: [longest, longest],
				map: { viewBox: [0, 0, 1, 1], content: '' },
				demo: null
			})
		);
		for (const part of ['title', 'line', 'legend', 'foot'])
			for (const line of placed(svg, part)) expect(line.y).toBeLessThan(CARD_HEIGHT - 20);
		// Drawn with the real font: no ink in the gap between the text column and the map box, nor below.
		const { map } = cardLayout();
		const image = new Resvg(svg, renderOptions()).render();
		// (pixels is a getter that copies: read once)
		const pixels = image.pixels;
		const ink = (x0: number, x1: number, y0: number, y1: number) => {
			let count = 0;
			for (let y = y0; y < y1; y++)
				for (let x = x0; x < x1; x++) if (pixels[4 * (y * image.width + x)] < 200) count++;
			return count;
		};
		expect(ink(map.x - 30, map.x - 2, 10, CARD_HEIGHT)).toBe(0);
		expect(ink(0, map.x, CARD_HEIGHT - 12, CARD_HEIGHT)).toBe(0);
		// …and there is text to see.
		expect(ink(48, map.x - 40, 40, CARD_HEIGHT - 40)).toBeGreaterThan(1000);
	});
});
