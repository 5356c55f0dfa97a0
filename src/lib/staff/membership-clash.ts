// The refusal when a member is already in another arrangement, in words: which municipality, which
// arrangement, from when to when.
import { formatDate } from '$lib/i18n/format';

export interface MembershipClash {
	kommunenummer: string;
	name: string;
	arrangement_id: string;
	arrangement_name: string;
	valid_from: string;
	valid_to: string | null;
}

const period = (c: MembershipClash) =>
	c.valid_to
		? `fra ${formatDate(c.valid_from)} til ${formatDate(c.valid_to)}`
		: `fra ${formatDate(c.valid_from)} (uten sluttdato)`;

export function clashMessage(clashes: MembershipClash[]): string | null {
	if (clashes.length === 0) return null;
	const lines = clashes.map((c) => `${c.name} er med i «${c.arrangement_name}» ${period(c)}`);
	return `${lines.join('; ')}. En kommune kan bare være med i én ordning om gangen: avslutt medlemskapet der først, eller la endringen gjelde fra en senere dato.`;
}
