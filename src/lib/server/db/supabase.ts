// Production transport: Supabase through supabase-js, calling the same SQL functions over PostgREST.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
// Node 20 has no built-in WebSocket, which supabase-js's realtime client insists on at start-up.
import WebSocket from 'ws';
import type { Transport, RpcArgs } from './transport.ts';

export function supabaseTransport(url: string, anonKey: string, fetchImpl?: typeof fetch): Transport {
	const client: SupabaseClient = createClient(url, anonKey, {
		auth: { persistSession: false, autoRefreshToken: false },
		realtime: { transport: WebSocket as never },
		...(fetchImpl ? { global: { fetch: fetchImpl } } : {})
	});
	return {
		name: 'supabase',
		async rpc<T>(fn: string, args: RpcArgs): Promise<T> {
			const { data, error } = await client.rpc(fn, args);
			if (error) throw new Error(`Supabase ${fn}: ${error.message}`);
			return data as T;
		}
	};
}
