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
