// Staff accounts of the embedded default: e-mail and a hashed password in the embedded database, beside
// public.staff (which says who is staff and with which role, as with Supabase). Not used with Supabase, where
// Supabase Auth keeps the accounts.
import type { PGlite } from '@electric-sql/pglite';
import { randomUUID } from 'node:crypto';
import { EMAIL } from '../../domain/fields.ts';
import { hashPassword, passwordRuleMessage } from './password.ts';

export interface Account {
	userId: string;
	email: string;
	passwordHash: string;
}

export interface NewAccount {
	email: string;
	password: string;
	/** 'none': an account that is not staff (for instance someone whose staff role was removed). */
	role: 'editor' | 'admin' | 'none';
	displayName?: string;
}

export interface AccountStore {
	find(email: string): Promise<Account | null>;
	create(account: NewAccount): Promise<string>;
	/** A new password (checked by the one rule); the account's sessions end and its temporary mark goes. */
	setPassword(userId: string, password: string): Promise<void>;
}

export const ACCOUNTS_DDL = `
	create schema if not exists koordinatorkart_embedded;
	create table if not exists koordinatorkart_embedded.account (
		user_id uuid primary key,
		email text not null unique,
		password_hash text not null,
		created_at timestamptz not null default now()
	);
	revoke all on schema koordinatorkart_embedded from public;
	-- A changed password ends the account's sessions (private.staff_session) and its temporary-password mark,
	-- as on Supabase's auth.users (public.password_changed, *_staff_admin.sql).
	create or replace function koordinatorkart_embedded.password_changed_ends_sessions() returns trigger
	language plpgsql security definer set search_path = '' as $$
	begin
		perform public.password_changed(old.user_id);
		return null;
	end $$;
	create or replace trigger password_changed_ends_sessions
		after update of password_hash on koordinatorkart_embedded.account
		for each row when (old.password_hash is distinct from new.password_hash)
		execute function koordinatorkart_embedded.password_changed_ends_sessions();
`;

export function embeddedAccounts(db: PGlite): AccountStore {
	return {
		async find(email) {
			const result = await db.query<{ user_id: string; email: string; password_hash: string }>(
				'select user_id, email, password_hash from koordinatorkart_embedded.account where email = lower($1)',
				[email.trim()]
			);
			const row = result.rows[0];
			return row ? { userId: row.user_id, email: row.email, passwordHash: row.password_hash } : null;
		},
		async create({ email, password, role, displayName }) {
			const normalized = email.trim().toLowerCase();
			if (!EMAIL.test(normalized)) throw new Error(`Not an e-mail address: ${email}`);
			const problem = passwordRuleMessage(password);
			if (problem) throw new Error(problem);
			const userId = randomUUID();
			const hash = await hashPassword(password);
			await db.transaction(async (tx) => {
				await tx.query(
					'insert into koordinatorkart_embedded.account (user_id, email, password_hash) values ($1, $2, $3)',
					[userId, normalized, hash]
				);
				if (role !== 'none')
					await tx.query(
						'insert into public.staff (user_id, email, display_name, role) values ($1, $2, $3, $4)',
						[userId, normalized, displayName ?? null, role]
					);
			});
			return userId;
		},
		async setPassword(userId, password) {
			const problem = passwordRuleMessage(password);
			if (problem) throw new Error(problem);
			await db.query('update koordinatorkart_embedded.account set password_hash = $2 where user_id = $1', [
				userId,
				await hashPassword(password)
			]);
		}
	};
}
