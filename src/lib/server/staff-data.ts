// The staff calls, as the signed-in user, on the process's transport. The calls, their result shapes and
// types live in the data-access module (db/staff.ts, db/staff-schema.ts); this binds them to the transport.
import { transport } from './db/index.ts';
import { staffCalls } from './db/staff.ts';
import type { Caller } from './db/transport.ts';
import type { UndoResult } from '../staff/undo-message.ts';

export * from './db/staff.ts';
export type { UndoResult };

export const staffData = (caller: Caller) => staffCalls(transport, caller);
