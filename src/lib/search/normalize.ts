// Search keys: case, diacritics and the usual ASCII spellings folded away, so that "Baerum", "barum" and
// "Bærum" meet, as do "Aalesund" and "Ålesund", "Tromso" and "Tromsø".
import { asciiFold } from '$lib/text/fold';

export function searchKey(text: string): string {
	return asciiFold(text)
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.replace(/aa/g, 'a')
		.replace(/ae/g, 'a')
		.replace(/oe/g, 'o');
}

// "Molde kommune", "Kvam herad", "Kárášjoga gielda", "Tromsø municipality": the word for municipality (in
// bokmål, nynorsk, the Sami languages, Kven and English, as search keys) says nothing about which one.
const MUNICIPALITY_WORDS = new Set(
	[
		'kommune',
		'kommunen',
		'kommuna',
		'kommun',
		'herad',
		'heradet',
		'suohkan',
		'suohkana',
		'gielda',
		'tjielte',
		'kommuuni',
		'komuuni',
		'municipality',
		'kommunenummer'
	].map(searchKey)
);

/** The key of what was typed, without a word for "municipality" before or after the name. */
export function queryKey(text: string): string {
	const words = searchKey(text).split(' ');
	while (words.length > 1 && MUNICIPALITY_WORDS.has(words[words.length - 1])) words.pop();
	while (words.length > 1 && MUNICIPALITY_WORDS.has(words[0])) words.shift();
	return words.join(' ');
}
