// Demo programme data: realistic arrangements on real adjacency, fictional people on example.org.
// Deterministic: the same inputs and seed give the same rows.
import { seededRandom } from './random.ts';
import { foldedWords } from '../../src/lib/text/fold.ts';

export interface DemoMunicipality {
	kommunenummer: string;
	fylkesnummer: string;
	name_norwegian: string;
	administrative_centre: string | null;
	population: number;
}

export interface DemoArrangement {
	id: string;
	name: string;
	host_kommunenummer: string;
	started_on: string;
	ended_on: string | null;
	cofunding_start_year: number | null;
	position_percent: number;
	notes: string | null;
}
export interface DemoMember {
	id: string;
	arrangement_id: string;
	kommunenummer: string;
	valid_from: string;
	valid_to: string | null;
}
export interface DemoCoordinator {
	id: string;
	full_name: string;
	title: string;
	phone: string;
	email: string;
	office_address: string;
	office_hours: string;
	verified_at: string;
}
export interface DemoArrangementCoordinator {
	id: string;
	arrangement_id: string;
	coordinator_id: string;
	role: 'primary' | 'deputy';
}
export interface DemoService {
	id: string;
	category: string;
	name: string;
	description: string | null;
	url: string | null;
	kommunenummer: string | null;
	arrangement_id: string | null;
}
export interface DemoData {
	arrangements: DemoArrangement[];
	members: DemoMember[];
	coordinators: DemoCoordinator[];
	arrangementCoordinators: DemoArrangementCoordinator[];
	services: DemoService[];
}

export interface DemoOptions {
	seed: number;
	/** The demo's "today": nothing starts after it. */
	today: string;
}

const FIRST_NAMES = [
	'Ingrid',
	'Kari',
	'Anne',
	'Marit',
	'Silje',
	'Hilde',
	'Camilla',
	'Tone',
	'Lene',
	'Nina',
	'Ragnhild',
	'Sigrid',
	'Astrid',
	'Marte',
	'Ida',
	'Heidi',
	'Solveig',
	'Elin',
	'Berit',
	'Randi',
	'Ole',
	'Lars',
	'Per',
	'Jon',
	'Knut',
	'Eirik',
	'Magnus',
	'Håkon',
	'Sindre',
	'Øystein',
	'Aslak',
	'Máret',
	'Elle',
	'Áile'
];
const LAST_NAMES = [
	'Hansen',
	'Johansen',
	'Olsen',
	'Larsen',
	'Andersen',
	'Pedersen',
	'Nilsen',
	'Kristiansen',
	'Jensen',
	'Karlsen',
	'Berg',
	'Haugen',
	'Hagen',
	'Bakken',
	'Dahl',
	'Lie',
	'Moen',
	'Solberg',
	'Strand',
	'Eide',
	'Lunde',
	'Nygård',
	'Aas',
	'Brekke',
	'Sara',
	'Hætta',
	'Myrvang',
	'Fjeldstad',
	'Vik',
	'Holm'
];
const TITLES = [
	'Kreftkoordinator',
	'Kreftsykepleier og kreftkoordinator',
	'Kreftkoordinator, kreftsykepleier'
];

/** ASCII local part for an e-mail address: Håkon Nygård → hakon.nygard */
export function emailLocalPart(fullName: string): string {
	return foldedWords(fullName, '.');
}

function isoDate(year: number, month: number, day: number): string {
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function generateDemoData(
	municipalities: DemoMunicipality[],
	adjacency: Map<string, string[]>,
	options: DemoOptions
): DemoData {
	const random = seededRandom(options.seed);
	const todayYear = Number(options.today.slice(0, 4));
	const byNumber = new Map(municipalities.map((m) => [m.kommunenummer, m]));
	const ordered = [...municipalities].sort(
		(a, b) => b.population - a.population || a.kommunenummer.localeCompare(b.kommunenummer)
	);
	const assigned = new Set<string>();
	const groups: DemoMunicipality[][] = [];

	for (const m of ordered) {
		if (assigned.has(m.kommunenummer)) continue;
		assigned.add(m.kommunenummer);
		// Some municipalities have no coordinator at all.
		if (random.chance(m.population > 30000 ? 0.02 : 0.13)) continue;
		if (m.population >= 12000 || random.chance(0.25)) {
			groups.push([m]);
			continue;
		}
		// An inter-municipal arrangement with unassigned neighbours in the same county.
		const target = random.int(2, 5);
		const group = [m];
		const frontier = [...(adjacency.get(m.kommunenummer) ?? [])];
		while (group.length < target && frontier.length > 0) {
			const next = byNumber.get(frontier.shift()!);
			if (!next || assigned.has(next.kommunenummer) || next.fylkesnummer !== m.fylkesnummer) continue;
			if (random.chance(0.15)) continue;
			assigned.add(next.kommunenummer);
			group.push(next);
			frontier.push(...(adjacency.get(next.kommunenummer) ?? []));
		}
		groups.push(group);
	}

	const data: DemoData = {
		arrangements: [],
		members: [],
		coordinators: [],
		arrangementCoordinators: [],
		services: []
	};
	const usedEmails = new Set<string>();
	let phoneSerial = 0;

	for (const group of groups) addArrangement(group);
	return data;

	function addArrangement(group: DemoMunicipality[]) {
		const host = group.reduce((a, b) => (b.population > a.population ? b : a));
		const population = group.reduce((sum, m) => sum + m.population, 0);
		// Most offers started in the programme's first years (about 215 municipalities were covered by 2015),
		// larger ones earlier; a tail keeps starting until today.
		const spread = population > 50000 ? 3 : population > 15000 ? 7 : 12;
		const startYear = Math.min(todayYear - 1, 2012 + Math.floor(random.next() ** 2.2 * (spread + 1)));
		const startedOn = isoDate(startYear, random.int(1, 12), 1);
		const ended = startYear <= 2016 && random.chance(0.06);
		const endedOn = ended
			? isoDate(random.int(startYear + 3, Math.min(startYear + 8, todayYear - 1)), 12, 31)
			: null;
		const cofundingStartYear = random.chance(0.85) ? startYear : null;
		const id = random.uuid();
		const names = group.map((m) => m.name_norwegian);
		const name =
			group.length === 1
				? `Kreftkoordinator i ${host.name_norwegian}`
				: group.length <= 3
					? `Kreftkoordinator for ${names.slice(0, -1).join(', ')} og ${names.at(-1)}`
					: `Interkommunal kreftkoordinator, ${host.name_norwegian}-regionen`;
		data.arrangements.push({
			id,
			name,
			host_kommunenummer: host.kommunenummer,
			started_on: startedOn,
			ended_on: endedOn,
			cofunding_start_year: cofundingStartYear,
			position_percent: population > 100000 ? 200 : population > 40000 ? 100 : random.pick([50, 60, 80, 100]),
			notes: null
		});
		for (const m of group) {
			// Some members joined an existing arrangement later.
			const joinYear =
				m === host || !random.chance(0.2) ? startYear : Math.min(todayYear - 1, startYear + random.int(1, 3));
			const validFrom = joinYear === startYear ? startedOn : isoDate(joinYear, 1, 1);
			if (endedOn && validFrom > endedOn) continue;
			data.members.push({
				id: random.uuid(),
				arrangement_id: id,
				kommunenummer: m.kommunenummer,
				valid_from: validFrom,
				valid_to: endedOn
			});
		}
		addCoordinator(id, host, 'primary');
		if (population > 40000 || (group.length > 3 && random.chance(0.5))) addCoordinator(id, host, 'deputy');
		addServices(id, host, group);
	}

	function addCoordinator(arrangementId: string, host: DemoMunicipality, role: 'primary' | 'deputy') {
		const fullName = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
		let email = `${emailLocalPart(fullName)}@example.org`;
		for (let n = 2; usedEmails.has(email); n++) email = `${emailLocalPart(fullName)}${n}@example.org`;
		usedEmails.add(email);
		phoneSerial += 1;
		const verifiedMonthsAgo = random.chance(0.15) ? random.int(13, 30) : random.int(0, 11);
		const verified = new Date(`${options.today}T00:00:00Z`);
		verified.setUTCMonth(verified.getUTCMonth() - verifiedMonthsAgo);
		const id = random.uuid();
		data.coordinators.push({
			id,
			full_name: fullName,
			title: random.pick(TITLES),
			phone: `+47 400 0${String(phoneSerial).padStart(4, '0').slice(0, 1)} ${String(phoneSerial).padStart(4, '0').slice(1)}`,
			email,
			office_address: `${host.administrative_centre ?? host.name_norwegian} helsesenter`,
			office_hours: random.pick(['Man–fre 08.00–15.30', 'Man–tor 08.30–15.00', 'Tir og tor 09.00–14.00']),
			verified_at: verified.toISOString().slice(0, 10)
		});
		data.arrangementCoordinators.push({
			id: random.uuid(),
			arrangement_id: arrangementId,
			coordinator_id: id,
			role
		});
	}

	function addServices(arrangementId: string, host: DemoMunicipality, group: DemoMunicipality[]) {
		const slug = foldedWords(host.name_norwegian, '-');
		const add = (
			category: string,
			name: string,
			kommunenummer: string | null,
			description: string | null = null
		) =>
			data.services.push({
				id: random.uuid(),
				category,
				name,
				description,
				url: `https://example.org/${slug}/${category.replaceAll('_', '-')}`,
				kommunenummer,
				arrangement_id: kommunenummer ? null : arrangementId
			});
		if (random.chance(0.6))
			add('palliative_unit', `Palliativ enhet, ${host.name_norwegian} sykehjem`, host.kommunenummer);
		for (const m of group) {
			if (random.chance(0.55))
				add('healthy_life_centre', `Frisklivssentralen i ${m.name_norwegian}`, m.kommunenummer);
		}
		if (random.chance(0.4))
			add(
				'cancer_rehabilitation',
				'Kreftrehabilitering i gruppe',
				null,
				'Trening og samtalegrupper etter kreftbehandling.'
			);
		if (random.chance(0.35)) add('peer_support', 'Likepersoner fra pasientforeningene', null);
		if (random.chance(0.25)) add('children_as_relatives', 'Samtaletilbud for barn som pårørende', null);
		if (host.population > 60000)
			add('vardesenter', `Vardesenteret i ${host.name_norwegian}`, host.kommunenummer);
	}
}
