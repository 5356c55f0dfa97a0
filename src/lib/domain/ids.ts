// The identifiers and dates every layer shares, defined once: the same patterns as the SQL checks on
// municipality.kommunenummer, county.fylkesnummer and the uuid columns. Isomorphic, no I/O.

/** A municipality number, four digits as text (2024 structure): 0301 Oslo. */
export const KOMMUNENUMMER = /^\d{4}$/;
/** A county number, two digits as text: 03 Oslo. */
export const FYLKESNUMMER = /^\d{2}$/;
/** A uuid as PostgreSQL prints it (lower case). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const isKommunenummer = (text: string): boolean => KOMMUNENUMMER.test(text);
export const isFylkesnummer = (text: string): boolean => FYLKESNUMMER.test(text);
export const isUuid = (text: string): boolean => UUID.test(text);

/** A date written åååå-mm-dd, as SQL prints one (the pattern; isIsoDate also checks it is a real date). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NORWEGIAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** A real calendar date written as åååå-mm-dd (2021-02-30 is not). */
export function isIsoDate(text: string): boolean {
	if (!ISO_DATE.test(text)) return false;
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * A date as people write it, åååå-mm-dd or dd.mm.åååå (5.1.2026 too: spreadsheets and Norwegian habit), as
 * åååå-mm-dd; null when it is not a real calendar date.
 */
export function parseDate(text: string): string | null {
	const norwegian = NORWEGIAN_DATE.exec(text.trim());
	const iso = norwegian
		? `${norwegian[3]}-${norwegian[2].padStart(2, '0')}-${norwegian[1].padStart(2, '0')}`
		: text.trim();
	return isIsoDate(iso) ? iso : null;
}

/** The programme's time zone: "today" is the date in Norway, in SQL as in TypeScript. */
export const TIME_ZONE = 'Europe/Oslo';

/** Today's date in Norway as åååå-mm-dd. */
export function today(now: Date = new Date()): string {
	return now.toLocaleDateString('sv-SE', { timeZone: TIME_ZONE });
}
