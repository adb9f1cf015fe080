import type { DB, UserRoleValue, UsersTable } from '@nk/db';
import { type Insertable, type Kysely, sql, type Transaction, type Updateable } from 'kysely';

type Db = Kysely<DB> | Transaction<DB>;

// The migration's Swedish sort key (å, ä, ö after z), applied here because users have no
// sort_key column: the table is small enough to sort on the expression.
const swedishFrom = 'ÅÄÆÖØÜÉÈÊÁÀÂÍÓÚåäæöøüéèêáàâíóú';
const swedishTo = '{||}}yeeeaaaiou{||}}yeeeaaaiou';
const foldSwedish = (expression: ReturnType<typeof sql>) =>
  sql<string>`lower(translate(${expression}, ${swedishFrom}, ${swedishTo}))`;

/** Display name, or the e-mail address when there is none, in Swedish order. */
const sortKey = sql<string>`(${foldSwedish(sql`coalesce(nullif(btrim(u.display_name), ''), u.email)`)} COLLATE "C")`;

/** Never the password hash nor the invitation token hash: neither may leave the database. */
const userColumns = [
  'u.id',
  'u.email',
  'u.display_name',
  'u.role',
  'u.locale',
  'u.person_id',
  'u.disabled_at',
  'u.locked_until',
  'u.last_login_at',
  'u.invite_expires_at',
  'u.token_version',
  'u.created_at',
  'u.updated_at',
  'u.version',
] as const;

function selectUsers(db: Db) {
  return db
    .selectFrom('users as u')
    .select(userColumns)
    .select([
      sql<boolean>`u.password_hash IS NOT NULL`.as('has_password'),
      sql<string[]>`coalesce((
        SELECT json_agg(s.organisation_id ORDER BY s.organisation_id)
        FROM user_scopes s WHERE s.user_id = u.id), '[]'::json)`.as('scope_organisation_ids'),
    ]);
}

export type UserRecord = NonNullable<Awaited<ReturnType<typeof findUser>>>;

export interface UserFilter {
  role?: UserRoleValue;
  q?: string;
  includeDisabled: boolean;
  updatedSince?: string;
  limit: number;
  /** Keyset position: `[sortKey, id]`, or `[updatedAt, id]` when `updatedSince` is given. */
  after?: (string | number)[];
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** One page (plus one row to tell if there is more) in Swedish name order, or change order. */
export function listUsers(db: Kysely<DB>, filter: UserFilter) {
  let query = selectUsers(db).select([
    sortKey.as('sort_key'),
    sql<string>`to_char(u.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
      'updated_key',
    ),
  ]);
  if (!filter.includeDisabled) query = query.where('u.disabled_at', 'is', null);
  if (filter.role) query = query.where('u.role', '=', filter.role);
  if (filter.q) {
    const pattern = foldSwedish(sql`${likePattern(filter.q.trim())}`);
    query = query.where(
      sql<boolean>`(${foldSwedish(sql`u.email`)} LIKE ${pattern}
        OR ${foldSwedish(sql`coalesce(u.display_name, '')`)} LIKE ${pattern})`,
    );
  }

  if (filter.updatedSince) {
    query = query.where('u.updated_at', '>=', new Date(filter.updatedSince));
    if (filter.after) {
      const [at, id] = filter.after;
      query = query.where(sql<boolean>`(u.updated_at, u.id) > (${at}::timestamptz, ${id}::uuid)`);
    }
    return query
      .orderBy('u.updated_at')
      .orderBy('u.id')
      .limit(filter.limit + 1)
      .execute();
  }
  if (filter.after) {
    const [key, id] = filter.after;
    query = query.where(sql<boolean>`(${sortKey}, u.id) > (${key}::text COLLATE "C", ${id}::uuid)`);
  }
  return query
    .orderBy(sortKey)
    .orderBy('u.id')
    .limit(filter.limit + 1)
    .execute();
}

export function findUser(db: Db, id: string) {
  return selectUsers(db).where('u.id', '=', id).executeTakeFirst();
}

/** The row locked for the rest of the transaction, so the checks below it stay true. */
export function findUserForUpdate(db: Transaction<DB>, id: string) {
  return selectUsers(db).where('u.id', '=', id).forUpdate('u').executeTakeFirst();
}

/**
 * Locks every administrator who can sign in (enabled, with a password: an unaccepted invitation
 * does not count) in id order, so concurrent callers cannot deadlock, and returns their ids:
 * two administrators disabling each other at once cannot both succeed.
 */
export async function lockActiveAdminIds(db: Transaction<DB>): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .where('password_hash', 'is not', null)
    .orderBy('id')
    .forUpdate()
    .execute();
  return rows.map((r) => r.id);
}

/** The id of the user with this e-mail address (compared case-insensitively). */
export async function userIdWithEmail(db: Db, email: string) {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where(sql`lower(email)`, '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row?.id;
}

/** The id of the user linked to the person, other than `exceptId`. */
export async function userIdWithPerson(db: Db, personId: string, exceptId?: string) {
  let query = db.selectFrom('users').select('id').where('person_id', '=', personId);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst())?.id;
}

export function findPersonState(db: Db, id: string) {
  return db
    .selectFrom('people')
    .select(['id', 'erased_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Which of the ids name an organisation. */
export async function existingOrganisationIds(db: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('organisations')
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((r) => r.id);
}

export async function insertUser(db: Db, values: Insertable<UsersTable>) {
  const { id } = await db
    .insertInto('users')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function replaceScopes(
  db: Transaction<DB>,
  userId: string,
  organisationIds: readonly string[],
) {
  await db.deleteFrom('user_scopes').where('user_id', '=', userId).execute();
  if (organisationIds.length > 0) {
    await db
      .insertInto('user_scopes')
      .values(organisationIds.map((organisation_id) => ({ user_id: userId, organisation_id })))
      .execute();
  }
}

/** A change without If-Match (a new invitation): still bumps the version other writers check. */
export async function updateUserColumns(
  db: Transaction<DB>,
  id: string,
  values: Updateable<UsersTable>,
) {
  await db
    .updateTable('users')
    .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}
