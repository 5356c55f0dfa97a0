import { describe, expect, it } from 'vitest';
import { asciiFold, foldedWords, placeName } from './fold.ts';

describe('ASCII folding', () => {
	it.each([
		['Bærum', 'baerum'],
		['Tromsø', 'tromso'],
		['Åsnes', 'asnes'],
		['Porsáŋgu', 'porsangu'],
		['Unjárga', 'unjarga'],
		['Deatnu', 'deatnu'],
		['Čáhcesuolu', 'cahcesuolu'],
		['Kárášjohka', 'karasjohka'],
		['Đ ŧ', 'd t']
	])('%s → %s', (name, folded) => expect(asciiFold(name)).toBe(folded));

	it('joins words with a separator and drops punctuation', () => {
		expect(foldedWords('Raarvihke - Røyrvik', '-')).toBe('raarvihke-royrvik');
		expect(foldedWords('  Håkon  Nygård ', '.')).toBe('hakon.nygard');
	});
});

describe('place names', () => {
	it.each([
		['BÆRUMS VERK', 'Bærums Verk'],
		['MO I RANA', 'Mo i Rana'],
		['KLEPPESTØ', 'Kleppestø'],
		['STORD-LEIRVIK', 'Stord-Leirvik'],
		['ØVRE ÅRDAL', 'Øvre Årdal']
	])('%s → %s', (upper, name) => expect(placeName(upper)).toBe(name));
});
