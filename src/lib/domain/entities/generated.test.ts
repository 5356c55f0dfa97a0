// The domain schemas against the types Kanel generates from the SQL (npm run types; kept current by
// scripts/testing/domain-schema.test.ts): each entity's fields are exactly its table's columns, less those the
// database keeps itself. Checked by the type checker (npm run check); the test run only lists them.
import { describe, expectTypeOf, it } from 'vitest';
import type Arrangement from '../generated/public/Arrangement';
import type ArrangementCoordinator from '../generated/public/ArrangementCoordinator';
import type ArrangementMember from '../generated/public/ArrangementMember';
import type Coordinator from '../generated/public/Coordinator';
import type Service from '../generated/public/Service';
import type Staff from '../generated/public/Staff';
import type StaffInvitation from '../generated/public/StaffInvitation';
import type { ArrangementColumn } from './arrangement.ts';
import type { CoordinatorColumn, CoordinatorLinkColumn } from './coordinator.ts';
import type { MembershipColumn } from './membership.ts';
import type { ServiceColumn } from './service.ts';
import type { StaffColumn } from './staff.ts';
import {
	ARRANGEMENT,
	COORDINATOR,
	COORDINATOR_LINK,
	MEMBERSHIP,
	SERVICE,
	STAFF,
	STAFF_INVITATION
} from './index.ts';

/**
 * Versions, stamps, the account's id, who invited and the temporary-password mark: kept by the database, no
 * field of a form or import.
 */
type KeptByDatabase =
	| 'version'
	| 'created_at'
	| 'updated_at'
	| 'updated_by'
	| 'user_id'
	| 'invited_by'
	| 'must_change_password'
	| 'temporary_password';
type Columns<Table> = Exclude<keyof Table, KeptByDatabase>;
type FieldNames<E extends { fields: readonly { name: string }[] }> = E['fields'][number]['name'];

describe('the domain schemas and the generated types of their tables', () => {
	it('have the same columns', () => {
		expectTypeOf<ArrangementColumn>().toEqualTypeOf<Columns<Arrangement>>();
		expectTypeOf<MembershipColumn>().toEqualTypeOf<Columns<ArrangementMember>>();
		expectTypeOf<CoordinatorColumn>().toEqualTypeOf<Columns<Coordinator>>();
		expectTypeOf<CoordinatorLinkColumn>().toEqualTypeOf<Columns<ArrangementCoordinator>>();
		expectTypeOf<ServiceColumn>().toEqualTypeOf<Columns<Service>>();
		expectTypeOf<StaffColumn>().toEqualTypeOf<Columns<Staff>>();
		expectTypeOf<FieldNames<typeof STAFF_INVITATION>>().toEqualTypeOf<Columns<StaffInvitation>>();
		// And the entities' fields are named by those types (a field the type does not have is an error).
		expectTypeOf<FieldNames<typeof ARRANGEMENT>>().toEqualTypeOf<ArrangementColumn | 'members'>();
		expectTypeOf<FieldNames<typeof MEMBERSHIP>>().toEqualTypeOf<MembershipColumn>();
		expectTypeOf<FieldNames<typeof COORDINATOR>>().toEqualTypeOf<CoordinatorColumn>();
		expectTypeOf<FieldNames<typeof COORDINATOR_LINK>>().toEqualTypeOf<CoordinatorLinkColumn>();
		expectTypeOf<FieldNames<typeof SERVICE>>().toEqualTypeOf<ServiceColumn>();
		expectTypeOf<FieldNames<typeof STAFF>>().toEqualTypeOf<StaffColumn>();
	});
});
