// The history in words: one save (the audit rows public.history() groups) becomes a headline ("Rita Redaktør
// endret Hole") and lines per change ("Stillingsprosent 60 % → 70 %", "Notat lagt til"). Field labels come
// from the messages; codes and municipality numbers are shown by name. Pure: the names are passed in.
import { m } from '$lib/paraglide/messages';
import { formatDate, formatDateTime } from '$lib/i18n/format';

export type HistoryTable =
	'arrangement' | 'arrangement_member' | 'coordinator' | 'arrangement_coordinator' | 'service';
type Values = Record<string, unknown>;

export interface HistoryEntry {
	id: number;
	table_name: HistoryTable;
	record_id: string;
	action: 'INSERT' | 'UPDATE' | 'DELETE';
	before: Values | null;
	after: Values | null;
	/** The record's name (for a coordinator link: the coordinator's), also when deleted since. */
	name: string | null;
	arrangement_id: string | null;
	arrangement_name: string | null;
}

export interface HistorySave {
	id: number;
	at: string;
	actor: string | null;
	actor_name: string | null;
	actor_email: string | null;
	kind: 'save' | 'undo' | 'import';
	changes: number;
	undid: { id: number; at: string } | null;
	entries: HistoryEntry[];
}

export interface HistoryNames {
	municipality: (kommunenummer: string) => string | undefined;
	category: (id: string) => string | undefined;
}

/** A save as the history shows it. */
export interface ReadableSave {
	id: number;
	at: string;
	actor: string;
	headline: string;
	/** The headline in three parts, so that the subject can link to its page. */
	lead: string;
	/** What the headline is about, with the page it is edited on. */
	subject: { text: string; href: string | null };
	tail: string;
	lines: string[];
	/** The undo button's accessible name: which save it takes back. */
	undoLabel: string;
}

const FIELD_LABELS: Record<string, () => string> = {
	name: m.field_name,
	host_kommunenummer: m.field_host_kommunenummer,
	started_on: m.field_started_on,
	ended_on: m.field_ended_on,
	cofunding_start_year: m.field_cofunding_start_year,
	position_percent: m.field_position_percent,
	notes: m.field_notes,
	kommunenummer: m.field_kommunenummer,
	valid_from: m.field_valid_from,
	valid_to: m.field_valid_to,
	arrangement_id: m.field_arrangement_id,
	coordinator_id: m.field_coordinator_id,
	role: m.field_role,
	full_name: m.field_full_name,
	title: m.field_title,
	phone: m.field_phone,
	email: m.field_email,
	office_address: m.field_office_address,
	office_hours: m.field_office_hours,
	verified_at: m.field_verified_at,
	category: m.field_category,
	description: m.field_description,
	url: m.field_url
};
/** Bookkeeping, not content. */
const HIDDEN = new Set(['id', 'version', 'created_at', 'updated_at', 'updated_by']);
const DATES = new Set(['started_on', 'ended_on', 'valid_from', 'valid_to', 'verified_at']);
/** Long text: said to be added, changed or removed, with the new text shortened. */
const LONG = new Set(['notes', 'description', 'office_hours']);
const VERBS = { INSERT: 'opprettet', UPDATE: 'endret', DELETE: 'slettet' } as const;
const TABLE_WORDS: Record<HistoryTable, string> = {
	arrangement: 'ordningen',
	arrangement_member: 'medlemskap',
	coordinator: 'koordinator',
	arrangement_coordinator: 'koordinator i ordning',
	service: 'tilbudet'
};

const isEmpty = (v: unknown) => v === null || v === undefined || v === '';
const label = (field: string) => FIELD_LABELS[field]?.() ?? field.replace(/_/g, ' ');
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const shorten = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function valueText(field: string, value: unknown, entry: HistoryEntry, names: HistoryNames): string {
	if (isEmpty(value)) return '–';
	const text = String(value);
	if (DATES.has(field)) return formatDate(text);
	if (field === 'position_percent') return `${text.replace(/\.0$/, '').replace('.', ',')} %`;
	if (field === 'host_kommunenummer' || field === 'kommunenummer') return names.municipality(text) ?? text;
	if (field === 'category') return names.category(text) ?? text;
	if (field === 'role') return text === 'deputy' ? m.role_deputy() : m.role_primary();
	if (field === 'arrangement_id') return entry.arrangement_name ?? 'en slettet ordning';
	if (field === 'coordinator_id') return entry.name ?? 'en slettet koordinator';
	return shorten(text);
}

/** The changed fields of an update, in words. */
function fieldLines(entry: HistoryEntry, names: HistoryNames): string[] {
	const before = entry.before ?? {};
	const after = entry.after ?? {};
	return Object.keys(after)
		.filter((k) => !HIDDEN.has(k) && JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
		.map((k) => {
			if (LONG.has(k) || isEmpty(before[k]) || isEmpty(after[k])) {
				if (isEmpty(before[k])) return `${label(k)} lagt til: ${valueText(k, after[k], entry, names)}`;
				if (isEmpty(after[k])) return `${label(k)} fjernet (var: ${valueText(k, before[k], entry, names)})`;
				return `${label(k)} endret: ${valueText(k, after[k], entry, names)}`;
			}
			return `${label(k)} ${valueText(k, before[k], entry, names)} → ${valueText(k, after[k], entry, names)}`;
		});
}

/** The fields a new record was given. */
function givenLines(entry: HistoryEntry, names: HistoryNames): string[] {
	const after = entry.after ?? {};
	return Object.keys(after)
		.filter((k) => !HIDDEN.has(k) && k !== 'arrangement_id' && !isEmpty(after[k]))
		.map((k) => `${label(k)}: ${valueText(k, after[k], entry, names)}`);
}

function entryLines(entry: HistoryEntry, names: HistoryNames, main: HistoryEntry): string[] {
	const values = entry.after ?? entry.before ?? {};
	if (entry.table_name === 'arrangement_member') {
		const who = names.municipality(String(values.kommunenummer)) ?? String(values.kommunenummer);
		const from = values.valid_from ? formatDate(String(values.valid_from)) : '';
		const to = values.valid_to ? ` til ${formatDate(String(values.valid_to))}` : '';
		if (entry.action === 'INSERT') return [`${who} med fra ${from}${to}`];
		if (entry.action === 'DELETE') return [`${who} tatt ut (medlemskapet fra ${from} er slettet)`];
		return fieldLines(entry, names).map((line) => `${who}: ${line}`);
	}
	if (entry.table_name === 'arrangement_coordinator') {
		const role = values.role === 'deputy' ? m.role_deputy() : m.role_primary();
		const arrangement = entry.arrangement_name ?? 'en slettet ordning';
		if (entry.action === 'INSERT') return [`${entry.name} knyttet til ${arrangement} som ${role}`];
		if (entry.action === 'DELETE') return [`${entry.name} er ikke lenger ${role} i ${arrangement}`];
		return fieldLines(entry, names).map((line) => `${entry.name}: ${line}`);
	}
	const prefix = entry === main ? '' : `${capital(TABLE_WORDS[entry.table_name])} ${entry.name ?? ''}: `;
	if (entry.action === 'INSERT') return givenLines(entry, names).map((line) => prefix + line);
	if (entry.action === 'DELETE') return entry === main ? [] : [`${prefix}slettet`];
	return fieldLines(entry, names).map((line) => prefix + line);
}

/** The tables whose rows have a name of their own. */
const OWN_TABLES: HistoryTable[] = ['arrangement', 'coordinator', 'service'];

const MAIN_ORDER: HistoryTable[] = [
	'arrangement',
	'coordinator',
	'service',
	'arrangement_coordinator',
	'arrangement_member'
];

/** What a save is about: its arrangement, coordinator or service (in that order). */
function mainEntry(save: HistorySave): HistoryEntry | undefined {
	for (const table of MAIN_ORDER) {
		const found = save.entries.find((e) => e.table_name === table);
		if (found) return found;
	}
}

function subjectOf(main: HistoryEntry | undefined): ReadableSave['subject'] {
	if (!main) return { text: 'programdata', href: null };
	const arrangement = main.arrangement_name ?? 'en slettet ordning';
	const arrangementHref = main.arrangement_id ? `/admin/ordninger/${main.arrangement_id}` : null;
	switch (main.table_name) {
		case 'arrangement':
			return { text: main.name ?? arrangement, href: `/admin/ordninger/${main.record_id}` };
		case 'coordinator':
			return { text: main.name ?? 'en slettet koordinator', href: `/admin/koordinatorer/${main.record_id}` };
		case 'service':
			return { text: main.name ?? 'et slettet tilbud', href: `/admin/tilbud/${main.record_id}` };
		default:
			return { text: arrangement, href: arrangementHref };
	}
}

export function readableSave(save: HistorySave, names: HistoryNames): ReadableSave {
	const actor =
		save.actor_name ?? save.actor_email ?? (save.actor ? 'en tidligere ansatt' : 'Demodata / systemet');
	const main = mainEntry(save);
	const subject = subjectOf(main);
	// An undo names what it took back as that save left it (the name now is already the restored one).
	const undoneName = save.kind === 'undo' ? (main?.before?.name ?? main?.before?.full_name) : undefined;
	if (typeof undoneName === 'string' && main && OWN_TABLES.includes(main.table_name))
		subject.text = undoneName;
	// "koordinator Kari Nordmann (Kreftkoordinator i Hole)": whose coordinator it is.
	const kind =
		main?.table_name === 'coordinator' ? 'koordinator ' : main?.table_name === 'service' ? 'tilbudet ' : '';
	const whose =
		main?.table_name === 'coordinator' && main.arrangement_name ? ` (${main.arrangement_name})` : '';
	const about = kind + subject.text + whose;
	const when = formatDateTime(save.at);
	let lead: string;
	let tail = whose;
	if (save.kind === 'undo') {
		lead = `${actor} angret endringen av ${kind}`;
		tail += ` fra ${save.undid ? formatDateTime(save.undid.at) : 'før'}`;
	} else if (save.kind === 'import') {
		lead = `${actor} importerte ${save.changes} ${save.changes === 1 ? 'rad' : 'rader'}: ${kind}`;
		if (save.entries.length > 1) tail += ' m.fl.';
	} else {
		const own = main && OWN_TABLES.includes(main.table_name);
		lead = `${actor} ${own && main ? VERBS[main.action] : 'endret'} ${kind}`;
	}
	const lines = main ? save.entries.flatMap((e) => entryLines(e, names, main)) : [];
	const more = save.changes - save.entries.length;
	if (more > 0) lines.push(`… og ${more} ${more === 1 ? 'endring' : 'endringer'} til`);
	return {
		id: save.id,
		at: save.at,
		actor,
		headline: lead + subject.text + tail,
		lead,
		subject,
		tail,
		lines,
		undoLabel: `Angre endringen av ${about} ${when}`
	};
}
