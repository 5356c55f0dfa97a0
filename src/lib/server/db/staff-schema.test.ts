// The staff calls' shapes against the real SQL: every staff function is called through the embedded PGlite
// (the same migrations and demo data as PostgreSQL and Supabase) as a signed-in admin, and each result must
// pass its schema in staff-schema.ts (staffCalls parses every result, so a drift throws here).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { embeddedTransport, openEmbedded } from './embedded.ts';
import { embeddedAccounts } from '../auth/embedded-accounts.ts';
import { staffCalls } from './staff.ts';
import { arrangementForEdit, needsAttention } from './staff-schema.ts';

let db: PGlite;
let data: ReturnType<typeof staffCalls>;

beforeAll(async () => {
	db = await openEmbedded({ dataDir: 'memory://' });
	const userId = await embeddedAccounts(db).create({
		email: 'schema-admin@example.org',
		password: 'et langt passord for testen',
		role: 'admin'
	});
	const transport = embeddedTransport(db);
	data = staffCalls(async () => transport, { userId, email: 'schema-admin@example.org' });
}, 120_000);
afterAll(() => db.close());

describe('staff calls against the real SQL', () => {
	it('reads every list and record the staff pages show', async () => {
		expect((await data.currentStaff())?.role).toBe('admin');
		const arrangements = await data.arrangements();
		expect(arrangements.length).toBeGreaterThan(10);
		const coordinators = await data.coordinators();
		expect(coordinators.length).toBeGreaterThan(10);
		await data.needsAttention();
		const withServices = arrangements.find((a) => a.active)!;
		const arrangement = (await data.arrangementForEdit(withServices.id))!;
		expect(arrangement.members.length).toBeGreaterThan(0);
		await data.arrangementForEdit(withServices.id, '2013-12-31');
		const links = await data.arrangementCoordinators(withServices.id);
		await data.arrangementServices(withServices.id);
		const coordinator = (await data.coordinatorForEdit(coordinators[0].id))!;
		expect(coordinator.full_name).toBe(coordinators[0].full_name);
		expect(links.every((l) => ['primary', 'deputy'].includes(l.role))).toBe(true);
		const categories = await data.serviceCategories();
		expect(categories.length).toBeGreaterThan(0);
		await data.staffOverview();
		await data.importReference();
		await data.unlinkedCoordinators();
		const exported = await data.exportProgrammeData();
		expect(exported.arrangement.length).toBe(arrangements.length);
		expect(await data.arrangementForEdit('00000000-0000-4000-8000-000000000000')).toBeNull();
	});

	it('saves, conflicts, history, undo and staff management answer in their shapes', async () => {
		const [first] = await data.arrangements();
		const current = (await data.arrangementForEdit(first.id))!;
		const input = {
			...current,
			notes: `Skjemaprøve ${Date.now()}`,
			effective: new Date().toISOString().slice(0, 10)
		};
		const saved = await data.saveArrangement(input);
		expect(saved).toMatchObject({ status: 'saved', id: first.id, version: current.version + 1 });
		// The version it was based on is old now: the colleague's version comes back, parsed.
		const conflict = await data.saveArrangement({ ...input, notes: 'Annet notat' });
		expect(conflict.status).toBe('conflict');
		if (conflict.status === 'conflict') expect(conflict.current.notes).toBe(input.notes);

		const coordinators = await data.coordinators();
		const c = (await data.coordinatorForEdit(coordinators[0].id))!;
		const savedCoordinator = await data.saveCoordinator({
			...c,
			arrangement_id: null,
			role: null,
			office_hours: 'Man–fre 08–15'
		});
		expect(savedCoordinator.status).toBe('saved');

		const category = (await data.serviceCategories())[0].id;
		const service = await data.saveService({
			id: null,
			version: null,
			category,
			name: 'Skjemaprøve',
			description: null,
			url: 'https://example.org/',
			phone: null,
			kommunenummer: '0301',
			arrangement_id: null
		});
		expect(service.status).toBe('saved');
		if (service.status !== 'saved') return;
		expect((await data.serviceForEdit(service.id))?.owner_name).toBe('Oslo');
		expect((await data.deleteService(service.id, 99)).status).toBe('conflict');
		expect((await data.deleteService(service.id, service.version)).status).toBe('deleted');

		const history = await data.history({ limit: 5 });
		expect(history.length).toBeGreaterThan(0);
		await data.history({ record: first.id, kommunenummer: '0301', actor: history[0].actor ?? undefined });
		await data.historyActors();
		await data.auditEntries({ limit: 5 });
		await data.membershipClashes(null, current.members, current.started_on, null);
		expect((await data.undo(history[0].id)).status).toBe('undone');
		expect((await data.undo(999_999_999)).status).toBe('not_found');

		expect((await data.inviteStaff('ny-kollega@example.org', 'editor')).status).toBe('invited');
		expect((await data.withdrawInvitation('ny-kollega@example.org')).status).toBe('withdrawn');
		expect((await data.setStaffRole('00000000-0000-4000-8000-000000000000', 'editor')).status).toBe(
			'not_found'
		);
	});

	it('refuses a result that drifted from its shape, naming the field', () => {
		expect(() => needsAttention.parse({ unverified: [], uncovered: [] })).toThrow(/without_coordinator/);
		expect(() => arrangementForEdit.parse({ id: 'x', name: 'n', members: [], version: '1' })).toThrow();
	});
});
