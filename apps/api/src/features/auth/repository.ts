import type { DB } from '@nk/db';
import { type Kysely, sql, type Transaction } from 'kysely';

type Db = Kysely<DB> | Transaction<DB>;

const userColumns = [
  'id',
  'email',
  'display_name',
  'role',
  'locale',
  'person_id',
  'token_version',
  'disabled_at',
] as const;

export function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom('users')
    .select([...userColumns, 'password_hash', 'failed_login_count', 'locked_until'])
    .where(sql`lower(email)`, '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

export function findUserById(db: Db, id: string) {
  return db
    .selectFrom('users')
    .select([...userColumns, 'password_hash'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listScopeOrganisationIds(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_scopes')
    .select('organisation_id')
    .where('user_id', '=', userId)
    .execute();
  return rows.map((r) => r.organisation_id);
}

export async function recordFailedLogin(db: Db, userId: string, lockedUntil: Date | null) {
  await db
    .updateTable('users')
    .set((eb) => ({
      failed_login_count: eb('failed_login_count', '+', 1),
      locked_until: lockedUntil,
    }))
    .where('id', '=', userId)
    .execute();
}

export async function recordSuccessfulLogin(db: Db, userId: string) {
  await db
    .updateTable('users')
    .set({ failed_login_count: 0, locked_until: null, last_login_at: new Date() })
    .where('id', '=', userId)
    .execute();
}

/** Invalidates every token issued so far to the user. */
export async function bumpTokenVersion(db: Db, userId: string): Promise<number> {
  const row = await db
    .updateTable('users')
    .set((eb) => ({
      token_version: eb('token_version', '+', 1),
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', userId)
    .returning('token_version')
    .executeTakeFirstOrThrow();
  return row.token_version;
}

export async function updatePasswordHash(db: Db, userId: string, passwordHash: string) {
  return db
    .updateTable('users')
    .set((eb) => ({
      password_hash: passwordHash,
      password_changed_at: new Date(),
      token_version: eb('token_version', '+', 1),
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', userId)
    .returning('token_version')
    .executeTakeFirstOrThrow();
}

export function findUserByInviteTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'disabled_at', 'invite_expires_at'])
    .where('invite_token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/**
 * Sets the password chosen through an invitation, only if that invitation is still the one
 * outstanding (so a token works once); signs out every earlier session. Undefined when not.
 */
export function acceptInvitation(db: Db, userId: string, tokenHash: string, passwordHash: string) {
  return db
    .updateTable('users')
    .set((eb) => ({
      password_hash: passwordHash,
      password_changed_at: new Date(),
      last_login_at: new Date(),
      invite_token_hash: null,
      invite_expires_at: null,
      failed_login_count: 0,
      locked_until: null,
      token_version: eb('token_version', '+', 1),
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', userId)
    .where('invite_token_hash', '=', tokenHash)
    .where('disabled_at', 'is', null)
    .returning(userColumns)
    .executeTakeFirst();
}
