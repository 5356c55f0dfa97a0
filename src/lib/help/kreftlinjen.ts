// Kreftlinjen, the Norwegian Cancer Society's helpline: the help every page can offer when nothing else fits.
// One place for its number (src/error.html, which cannot import, and the error_retry message repeat it).
export const KREFTLINJEN = {
	/** As people read and dial it. */
	display: '21 49 49 21',
	href: 'tel:+4721494921'
} as const;
