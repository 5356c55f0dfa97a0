// The database is reached through a transport that calls one SQL function with named arguments and returns
// its JSON result. The SQL functions under supabase/migrations are the single source of truth; both
// transports (supabase-js and embedded PGlite) only carry the call.

import type { AccountStore } from '../auth/embedded-accounts.ts';

export type RpcArgs = Record<string, string | number | boolean | null | string[]>;

/** A signed-in user the call is made for: the database sees their JWT claims and row-level security decides. */
export interface Caller {
	userId: string;
	email?: string;
	/** The Supabase access token (Supabase transport). */
	accessToken?: string;
}

export interface Transport {
	readonly name: 'supabase' | 'embedded';
	/** Calls public.<fn>(args) as an anonymous visitor, or as the signed-in caller, and returns its JSON result. */
	rpc<T>(fn: string, args: RpcArgs, caller?: Caller): Promise<T>;
	/** Staff accounts with hashed passwords (embedded default; with Supabase, Supabase Auth has them). */
	readonly accounts?: AccountStore;
	close?(): Promise<void>;
}

/** The database refused the call: a constraint, a permission, bad input. code is the SQLSTATE. */
export class DatabaseRefusal extends Error {
	constructor(
		message: string,
		readonly code: string,
		readonly constraint: string | null
	) {
		super(message);
		this.name = 'DatabaseRefusal';
	}
}

/** The constraint named in a PostgreSQL error message, for transports that give only the message. */
export function constraintInMessage(message: string): string | null {
	return /constraint "([^"]+)"/.exec(message)?.[1] ?? null;
}

/** A function name or argument name that can be placed in SQL as an identifier. */
export function assertIdentifier(name: string): string {
	if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a valid SQL identifier: ${name}`);
	return name;
}
