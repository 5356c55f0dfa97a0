// Finding municipalities by what staff type (name in any spelling, "askoy" for Askøy, number, county) and
// the member picker's no-JavaScript steps: "Fjern" and "Legg til" post the form, and the server answers
// with the members changed and nothing saved.
import { asciiFold } from '$lib/text/fold';

/** A stored membership with its own dates (public.membership_schedule). */
export interface ScheduledMembership {
	kommunenummer: string;
	name: string;
	valid_from: string;
	valid_to: string | null;
}

export interface PickableMunicipality {
	kommunenummer: string;
	name: string;
	county: string;
}

const folded = (text: string) => asciiFold(text.trim()).replace(/\s+/g, ' ');

/** How well a municipality matches a query: 0 is best, null is no match. */
function rank(mu: PickableMunicipality, query: string): number | null {
	const name = folded(mu.name);
	if (/^\d+$/.test(query)) return mu.kommunenummer.startsWith(query) ? 0 : null;
	if (name === query) return 0;
	if (name.startsWith(query)) return 1;
	if (name.split(/[\s-]+/).some((word) => word.startsWith(query))) return 2;
	if (name.includes(query)) return 3;
	if (folded(mu.county).startsWith(query)) return 4;
	return null;
}

/** The municipalities that match what was typed, best first (all of them for an empty query). */
export function matchMunicipalities<T extends PickableMunicipality>(query: string, all: T[]): T[] {
	const q = folded(query);
	if (!q) return all;
	return all
		.map((mu) => ({ mu, rank: rank(mu, q) }))
		.filter((x): x is { mu: T; rank: number } => x.rank !== null)
		.sort((a, b) => a.rank - b.rank || a.mu.name.localeCompare(b.mu.name, 'nb'))
		.map((x) => x.mu);
}

/** The one municipality a text names: its number, or its name in any spelling. */
export function municipalityNamed<T extends PickableMunicipality>(text: string, all: T[]): T | null {
	const q = folded(text);
	if (!q) return null;
	const exact = all.filter((mu) => mu.kommunenummer === q || folded(mu.name) === q);
	if (exact.length === 1) return exact[0];
	const matches = matchMunicipalities(q, all);
	return matches.length === 1 ? matches[0] : null;
}

export type PickerStep =
	| { kind: 'none' }
	| { kind: 'changed'; members: string[]; message: string }
	| { kind: 'refused'; message: string };

/** A "Fjern" or "Legg til" pressed without JavaScript (the form was posted to change the members only). */
export function pickerStep(form: FormData, members: string[], all: PickableMunicipality[]): PickerStep {
	const names = new Map(all.map((mu) => [mu.kommunenummer, mu.name]));
	const remove = form.get('fjern');
	if (typeof remove === 'string' && remove) {
		return {
			kind: 'changed',
			members: members.filter((k) => k !== remove),
			message: `${names.get(remove) ?? remove} er tatt ut av listen. Lagre for å ta det i bruk.`
		};
	}
	if (form.get('picker') !== 'add') return { kind: 'none' };
	const typed = String(form.get('legg_til') ?? '');
	const found = municipalityNamed(typed, all);
	if (!found) {
		const matches = matchMunicipalities(typed, all).slice(0, 5);
		return {
			kind: 'refused',
			message: typed.trim()
				? matches.length > 1
					? `«${typed.trim()}» passer til flere kommuner: ${matches.map((mu) => mu.name).join(', ')}. Skriv hele navnet eller nummeret.`
					: `Fant ingen kommune som heter «${typed.trim()}».`
				: 'Skriv navnet eller nummeret på kommunen som skal legges til.'
		};
	}
	return {
		kind: 'changed',
		members: members.includes(found.kommunenummer) ? members : [...members, found.kommunenummer],
		message: `${found.name} er lagt til i listen. Lagre for å ta det i bruk.`
	};
}
