// The staff result shapes against the generated table types, at compile time (npm run check): rowOf
// ($lib/domain/rows) refuses a row schema that is not its table, and the shapes staff-schema.ts picks from
// the rows have the generated columns' types. The run time checks the same schemas against the real SQL
// (staff-schema.test.ts).
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import type Arrangement from '../../domain/generated/public/Arrangement.ts';
import type Coordinator from '../../domain/generated/public/Coordinator.ts';
import type Service from '../../domain/generated/public/Service.ts';
import { arrangementRow, rowOf } from '../../domain/rows.ts';
import type { ArrangementForEdit, CoordinatorForEdit, ServiceForEdit, StaffMember } from './staff-schema.ts';

describe('rowOf', () => {
	const { notes, ...withoutNotes } = arrangementRow.shape;
	it('refuses a row schema that is not exactly its table', () => {
		// A column renamed in SQL (notes → remarks), and the row schema not yet following it.
		// @ts-expect-error: arrangement has no column remarks, and notes is missing
		rowOf<Arrangement>()({ ...withoutNotes, remarks: notes });
		// A column dropped from the schema.
		// @ts-expect-error: notes is missing
		rowOf<Arrangement>()(withoutNotes);
		// A column of another type.
		// @ts-expect-error: notes is text
		rowOf<Arrangement>()({ ...withoutNotes, notes: z.number().nullable() });
		// Null where the column is not null.
		// @ts-expect-error: name is not null
		rowOf<Arrangement>()({ ...arrangementRow.shape, name: z.string().nullable() });
		// The table itself compiles, with a narrower schema (an enum of a text column would do too).
		expect(
			rowOf<Arrangement>()({ ...withoutNotes, notes: z.string().max(4000).nullable() }).shape
		).toHaveProperty('notes');
	});
});

/** A generated column's type as the JSON carries it (ids unbranded). */
type Plain<V> = V extends string & { __brand: unknown } ? string : V;
type Columns<Table, K extends keyof Table> = { [C in K]: Plain<Table[C]> };

describe('the staff result shapes', () => {
	it('have the generated types of the columns they read', () => {
		expectTypeOf<Omit<ArrangementForEdit, 'members'>>().toEqualTypeOf<
			Columns<Arrangement, Exclude<keyof ArrangementForEdit, 'members'>>
		>();
		expectTypeOf<Omit<CoordinatorForEdit, 'arrangements'>>().toEqualTypeOf<
			Columns<Coordinator, Exclude<keyof CoordinatorForEdit, 'arrangements'>>
		>();
		expectTypeOf<Omit<ServiceForEdit, 'owner_name'>>().toEqualTypeOf<
			Columns<Service, Exclude<keyof ServiceForEdit, 'owner_name'>>
		>();
		// The staff role is the domain's vocabulary, narrower than the text column.
		expectTypeOf<StaffMember['role']>().toEqualTypeOf<'editor' | 'admin'>();
	});
});
