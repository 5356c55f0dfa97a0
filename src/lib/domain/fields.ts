// The rules for one field's value, defined once and read by the staff forms, the spreadsheet import and the
// messages for the database's refusals. Each rule is the SQL check of the same column (named in the entity,
// src/lib/domain/entities/), so a value these accept is one the database stores. Isomorphic, no I/O.
//
// A value can be wrong in a few ways (a Problem); each Problem has one message, written twice: as the form
// says it under the field (what to write), and as the import says it beside the cell (what the value is not).
import { isKommunenummer, isUuid, parseDate } from './ids.ts';

export type Kind =
	| 'uuid'
	| 'text'
	| 'kommunenummer'
	| 'date'
	| 'year'
	| 'percent'
	| 'phone'
	| 'email'
	| 'url'
	| 'choice'
	| 'category';

export type Value = string | number | null;

export interface Field {
	name: string;
	/** The form's label, bokmål. */
	label: string;
	kind: Kind;
	required?: boolean;
	/** Most characters (text, url) after trimming. */
	max?: number;
	/** Text of several lines (tabs and line breaks allowed). */
	multiline?: boolean;
	/** Earliest and latest date (åååå-mm-dd, or 'today') or year. */
	range?: [string | number, string | number];
	/** choice: the stored values, each with the other words people write for it. */
	choices?: Record<string, readonly string[]>;
	/** Other headings a spreadsheet uses for this column (compared without case and spaces). */
	aliases?: string[];
	/** The SQL constraints that check this column alone; a refusal by one gets this field's message. */
	constraints?: string[];
	/** The form's own words for a problem, where the kind's are too general (e.g. what to write as the name). */
	say?: Partial<Record<Problem, string>>;
	/** The field in definite form for "… kan være høyst N tegn" (Navnet, Notatet). */
	noun?: string;
}

export type Problem =
	'required' | 'too_long' | 'control' | 'unreadable' | 'format' | 'too_early' | 'too_late' | 'unknown';

/** What the rules look values up in, and the date that "today" means. */
export interface Context {
	kommunenumre?: ReadonlySet<string>;
	categories?: ReadonlySet<string>;
	today: string;
}

export type Parsed = { value: Value; problem?: undefined } | { problem: Problem; value?: undefined };

// Control characters are exactly what these patterns look for (see also SQL <table>_<column>_printable).
/* eslint-disable no-control-regex */
const SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f]/u;
const MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
/* eslint-enable no-control-regex */

/** The first control character in the text as U+XXXX, or null. */
export function controlCharacterIn(text: string, multiline: boolean): string | null {
	const found = (multiline ? MULTI_LINE : SINGLE_LINE).exec(text);
	return found ? `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/** Eight digits starting with 2–9, optionally after +47 or 0047, spaces allowed (SQL: <table>_phone_format). */
export const NORWEGIAN_PHONE = /^(\+47|0047)? ?[2-9]( ?[0-9]){7}$/;
/** SQL: coordinator_email_format, staff_email_format. */
export const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
/** SQL: service_url_format. */
export const URL = /^https?:\/\/[^\s]+$/i;
/** A percentage with at most one decimal (SQL numeric(6,1)), comma or point, an optional % sign. */
const PERCENT = /^(\d{1,4})([.,]\d)?\s*%?$/;

const bound = (value: string | number, today: string) => (value === 'today' ? today : value);

/** The value the database stores for what was typed, or what is wrong with it. */
export function parseField(field: Field, raw: string, context: Context): Parsed {
	const text = raw.trim();
	if (text === '') return field.required ? { problem: 'required' } : { value: null };
	if (controlCharacterIn(text, field.multiline ?? false)) return { problem: 'control' };
	if (text.includes('\uFFFD')) return { problem: 'unreadable' };
	const [from, to] = field.range ?? [];
	switch (field.kind) {
		case 'text':
			return field.max && text.length > field.max ? { problem: 'too_long' } : { value: text };
		case 'uuid':
			return isUuid(text.toLowerCase()) ? { value: text.toLowerCase() } : { problem: 'format' };
		case 'kommunenummer': {
			// Spreadsheets drop the leading zero of 0301.
			const number = /^\d{3}$/.test(text) ? `0${text}` : text;
			if (!isKommunenummer(number)) return { problem: 'format' };
			return !context.kommunenumre || context.kommunenumre.has(number)
				? { value: number }
				: { problem: 'unknown' };
		}
		case 'date': {
			const date = parseDate(text);
			if (!date) return { problem: 'format' };
			if (from !== undefined && date < bound(from, context.today)) return { problem: 'too_early' };
			if (to !== undefined && date > bound(to, context.today)) return { problem: 'too_late' };
			return { value: date };
		}
		case 'year': {
			if (!/^\d{4}$/.test(text)) return { problem: 'format' };
			const year = Number(text);
			if (from !== undefined && year < Number(from)) return { problem: 'too_early' };
			if (to !== undefined && year > Number(to)) return { problem: 'too_late' };
			return { value: year };
		}
		case 'percent': {
			const match = PERCENT.exec(text);
			const percent = match ? Number(`${match[1]}${(match[2] ?? '').replace(',', '.')}`) : NaN;
			return percent > 0 && percent <= 1000 ? { value: percent } : { problem: 'format' };
		}
		case 'phone':
			return NORWEGIAN_PHONE.test(text) ? { value: text } : { problem: 'format' };
		case 'email':
			return EMAIL.test(text) ? { value: text } : { problem: 'format' };
		case 'url':
			if (!URL.test(text)) return { problem: 'format' };
			return field.max && text.length > field.max ? { problem: 'too_long' } : { value: text };
		case 'choice': {
			const lower = text.toLowerCase();
			const found = Object.entries(field.choices ?? {}).find(
				([value, words]) => value === lower || words.includes(lower)
			);
			return found ? { value: found[0] } : { problem: 'format' };
		}
		case 'category':
			return !context.categories || context.categories.has(text) ? { value: text } : { problem: 'unknown' };
	}
}

/** A problem as the form says it, under the field (raw: what was typed, or '' for a database refusal). */
export function formMessage(field: Field, problem: Problem, raw = ''): string {
	const own = field.say?.[problem];
	if (own) return own;
	const [from, to] = field.range ?? [];
	switch (problem) {
		case 'required':
			return `Fyll ut ${field.label.toLowerCase()}.`;
		case 'too_long':
			return field.kind === 'url'
				? `Nettadressen kan være høyst ${field.max} tegn.`
				: `${field.noun ?? 'Teksten'} kan være høyst ${field.max} tegn.`;
		case 'control': {
			const code = controlCharacterIn(raw.trim(), field.multiline ?? false);
			return `Teksten har et usynlig kontrolltegn${code ? ` (${code})` : ''}, ofte fra en fil lest med feil tegnsett. Skriv teksten inn på nytt.`;
		}
		case 'unreadable':
			return 'Teksten har et tegn som ikke kunne leses. Skriv teksten inn på nytt.';
		case 'too_early':
		case 'too_late':
			if (field.kind === 'date' && to === 'today')
				return problem === 'too_late'
					? 'Datoen kan ikke være i fremtiden.'
					: `Datoen må være fra år ${String(from).slice(0, 4)} og ikke i fremtiden.`;
			if (field.kind === 'date')
				return `Datoen må være mellom år ${String(from).slice(0, 4)} og ${String(to).slice(0, 4)}.`;
			return `Skriv et årstall fra ${from} til ${to}.`;
		case 'unknown':
			if (field.kind === 'kommunenummer') return 'Ukjent kommunenummer.';
			if (field.kind === 'uuid') return 'Det finnes ikke lenger. Last siden på nytt.';
			return FORMAT[field.kind].form;
		case 'format':
			return FORMAT[field.kind].form;
	}
}

/** A problem as the import says it, beside the cell (the value as it was in the file). */
export function cellMessage(field: Field, problem: Problem, raw: string): string {
	const text = raw.trim();
	const [from, to] = field.range ?? [];
	switch (problem) {
		case 'required':
			return 'må fylles ut';
		case 'too_long':
			return `er ${text.length} tegn; høyst ${field.max}`;
		case 'control':
			return `har et usynlig kontrolltegn (${controlCharacterIn(text, field.multiline ?? false)}); er filen lagret i et annet tegnsett? Lagre den som CSV UTF-8`;
		case 'unreadable':
			return 'har et tegn som ikke kunne leses (feil tegnsett?); lagre filen som CSV UTF-8';
		case 'too_early':
		case 'too_late':
			if (field.kind === 'date' && to === 'today')
				return problem === 'too_late'
					? `«${text}» er i fremtiden`
					: `«${text}» er før ${String(from).slice(0, 4)}`;
			if (field.kind === 'date')
				return `«${text}» er utenfor årene ${String(from).slice(0, 4)}–${String(to).slice(0, 4)}`;
			return `«${text}» er ikke et år fra ${from} til ${to}`;
		case 'unknown':
			if (field.kind === 'kommunenummer')
				return `kommunenummer ${/^\d{3}$/.test(text) ? `0${text}` : text} finnes ikke (2024-inndelingen)`;
			if (field.kind === 'uuid') return `«${text}» finnes ikke`;
			return `«${text}» ${FORMAT[field.kind].cell}`;
		case 'format':
			if (field.kind === 'choice')
				return `«${text}» er ikke ${field.noun ?? 'et av valgene'} (${Object.keys(field.choices ?? {}).join(' eller ')})`;
			return `«${text}» ${FORMAT[field.kind].cell}`;
	}
}

/** What a value of each kind must look like, as the form asks for it and as the import says it is not. */
const FORMAT: Record<Kind, { form: string; cell: string }> = {
	uuid: { form: 'Ugyldig id. Last siden på nytt.', cell: 'er ikke en gyldig id' },
	text: { form: 'Skriv inn tekst.', cell: 'er ikke tekst' },
	kommunenummer: {
		form: 'Skriv et kommunenummer med fire sifre.',
		cell: 'er ikke et kommunenummer (fire sifre)'
	},
	date: {
		form: 'Skriv en gyldig dato (åååå-mm-dd eller dd.mm.åååå).',
		cell: 'er ikke en dato (åååå-mm-dd eller dd.mm.åååå)'
	},
	year: { form: 'Skriv et årstall med fire sifre.', cell: 'er ikke et årstall (fire sifre)' },
	percent: {
		form: 'Skriv stillingsprosenten som et tall over 0, for eksempel 50 eller 80,5.',
		cell: 'er ikke en stillingsprosent (over 0, høyst 1000)'
	},
	phone: {
		form: 'Skriv et norsk telefonnummer med åtte sifre, for eksempel 22 12 34 56 eller +47 912 34 567.',
		cell: 'er ikke et norsk telefonnummer (åtte sifre)'
	},
	email: {
		form: 'Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.',
		cell: 'er ikke en e-postadresse'
	},
	url: {
		form: 'Skriv en hel nettadresse som begynner med https://, for eksempel https://kommune.no/kreft.',
		cell: 'er ikke en nettadresse (https://…)'
	},
	choice: { form: 'Velg en av mulighetene.', cell: 'er ikke en av mulighetene' },
	category: { form: 'Velg hva slags tilbud det er.', cell: 'er ikke en kategori' }
};
