// Folding names to plain lower-case ASCII, for URLs, e-mail local parts and (later) search.
// NFD takes most accents off (á, č, š, ž); the Norwegian and Sami letters that do not decompose are
// spelled out the way Norwegians write them without the letter.
const SPELLED_OUT: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', đ: 'd', ŋ: 'n', ŧ: 't', ß: 'ss' };

export function asciiFold(text: string): string {
	return text
		.toLowerCase()
		.replace(/[æøåđŋŧß]/g, (c) => SPELLED_OUT[c])
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '');
}

/** Folded words joined by a separator: «Raarvihke - Røyrvik» → raarvihke-royrvik. */
export function foldedWords(text: string, separator: string): string {
	return asciiFold(text)
		.split(/[^a-z0-9]+/)
		.filter(Boolean)
		.join(separator);
}

const SMALL_WORDS = new Set(['i', 'på', 'og', 'ved', 'under', 'over']);

/** Bring writes place names in capitals: «MO I RANA» → «Mo i Rana», «BÆRUMS VERK» → «Bærums Verk». */
export function placeName(upper: string): string {
	return upper
		.toLowerCase()
		.split(' ')
		.map((word, i) =>
			i > 0 && SMALL_WORDS.has(word)
				? word
				: word.replace(/(^|-)(\p{L})/gu, (_, dash: string, c: string) => dash + c.toUpperCase())
		)
		.join(' ');
}
