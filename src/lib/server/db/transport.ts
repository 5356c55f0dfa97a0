// The database is reached through a transport that calls one SQL function with named arguments and returns
// its JSON result. The SQL functions under supabase/migrations are the single source of truth; both
// transports (supabase-js and embedded PGlite) only carry the call.

export type RpcArgs = Record<string, string | number | boolean | null>;

export interface Transport {
	readonly name: 'supabase' | 'embedded';
	/** Calls public.<fn>(args) as an anonymous visitor and returns its JSON result. */
	rpc<T>(fn: string, args: RpcArgs): Promise<T>;
	close?(): Promise<void>;
}

/** A function name or argument name that can be placed in SQL as an identifier. */
export function assertIdentifier(name: string): string {
	if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a valid SQL identifier: ${name}`);
	return name;
}
