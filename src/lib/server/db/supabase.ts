// Production transport: Supabase through supabase-js, calling the same SQL functions over PostgREST.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
// Node 20 has no built-in WebSocket, which supabase-js's realtime client insists on at start-up.
import WebSocket from 'ws';
import {
	constraintInMessage,
	DatabaseRefusal,
	type Caller,
	type RpcArgs,
	type Transport
} from './transport.ts';

export function supabaseTransport(url: string, anonKey: string, fetchImpl?: typeof fetch): Transport {
	const options = (accessToken?: string) => ({
		auth: { persistSession: false, autoRefreshToken: false },
		realtime: { transport: WebSocket as never },
		global: {
			...(fetchImpl ? { fetch: fetchImpl } : {}),
			...(accessToken ? { headers: { Authorization: `Bearer ${accessToken}` } } : {})
		}
	});
	const anonymous: SupabaseClient = createClient(url, anonKey, options());
	// One client per signed-in session, reused for its calls (a staff page makes several), at most a few hundred.
	const signedIn = new Map<string, SupabaseClient>();
	const clientFor = (accessToken: string): SupabaseClient => {
		let client = signedIn.get(accessToken);
		if (!client) {
			if (signedIn.size >= 200) signedIn.delete(signedIn.keys().next().value!);
			client = createClient(url, anonKey, options(accessToken));
			signedIn.set(accessToken, client);
		}
		return client;
	};
	return {
		name: 'supabase',
		async rpc<T>(fn: string, args: RpcArgs, caller?: Caller): Promise<T> {
			if (caller && !caller.accessToken)
				throw new Error('A Supabase call for a user needs their access token');
			// A signed-in call carries the user's token, so PostgREST runs it with their claims.
			const client = caller ? clientFor(caller.accessToken!) : anonymous;
			const { data, error } = await client.rpc(fn, args);
			if (error) {
				// PostgREST passes PostgreSQL's SQLSTATE on; its own errors (PGRST…) and network failures do not have one.
				if (/^[0-9A-Z]{5}$/.test(error.code ?? ''))
					throw new DatabaseRefusal(error.message, error.code, constraintInMessage(error.message));
				throw new Error(`Supabase ${fn}: ${error.message}`);
			}
			return data as T;
		}
	};
}
