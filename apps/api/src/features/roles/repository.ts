import type { DB, RolesTable } from '@nk/db';
import { type Insertable, type Kysely, sql, type Transaction } from 'kysely';

type Db = Kysely<DB> | Transaction<DB>;

export const roleColumns = [
  'r.id',
  'r.key',
  'r.name_sv',
  'r.name_en',
  'r.description_sv',
  'r.description_en',
  'r.synonyms',
  'r.archived_at',
  'r.created_at',
  'r.updated_at',
  'r.version',
  'r.sort_key',
] as const;

export interface RoleFilter {
  includeArchived: boolean;
  updatedSince?: string;
  limit: number;
  /** Keyset position: `[sortKey, id]`, or `[updatedAt, id]` when `updatedSince` is given. */
  after?: (string | number)[];
}

/** One page (plus one row to tell if there is more) in Swedish name order, or change order. */
export function listRoles(db: Kysely<DB>, filter: RoleFilter) {
  let query = db
    .selectFrom('roles as r')
    .select(roleColumns)
    .select(
      sql<string>`to_char(r.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        'updated_key',
      ),
    );
  if (!filter.includeArchived) query = query.where('r.archived_at', 'is', null);

  if (filter.updatedSince) {
    query = query.where('r.updated_at', '>=', new Date(filter.updatedSince));
    if (filter.after) {
      const [at, id] = filter.after;
      query = query.where(sql<boolean>`(r.updated_at, r.id) > (${at}::timestamptz, ${id}::uuid)`);
    }
    return query
      .orderBy('r.updated_at')
      .orderBy('r.id')
      .limit(filter.limit + 1)
      .execute();
  }
  if (filter.after) {
    const [key, id] = filter.after;
    query = query.where(sql<boolean>`(r.sort_key, r.id) > (${key}, ${id}::uuid)`);
  }
  return query
    .orderBy('r.sort_key')
    .orderBy('r.id')
    .limit(filter.limit + 1)
    .execute();
}

export function findRole(db: Db, id: string) {
  return db.selectFrom('roles as r').select(roleColumns).where('r.id', '=', id).executeTakeFirst();
}

/** The row locked for the rest of the transaction, so the checks below it stay true. */
export function findRoleForUpdate(db: Transaction<DB>, id: string) {
  return db
    .selectFrom('roles as r')
    .select(roleColumns)
    .where('r.id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** The id of the role using `key`, other than `exceptId`. */
export async function roleIdWithKey(db: Db, key: string, exceptId?: string) {
  let query = db.selectFrom('roles').select('id').where('key', '=', key);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst())?.id;
}

export async function insertRole(db: Db, values: Insertable<RolesTable>) {
  const { id } = await db
    .insertInto('roles')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/**
 * The role's counterpart pairs read from both ends (a pair is stored once), each with the role at
 * the other end; a pair of the role with itself appears once. Archived counterparts are left out.
 */
export function listCounterparts(db: Db, roleId: string) {
  const isA = sql<boolean>`c.role_a_id = ${roleId}`;
  return db
    .selectFrom('role_counterparts as c')
    .innerJoin('roles as r', (join) =>
      join.on('r.id', '=', sql<string>`CASE WHEN ${isA} THEN c.role_b_id ELSE c.role_a_id END`),
    )
    .select([
      'c.id',
      'c.description_sv',
      'c.description_en',
      'r.id as role_id',
      'r.key as role_key',
      'r.name_sv as role_name_sv',
      'r.name_en as role_name_en',
    ])
    .where((eb) => eb.or([eb('c.role_a_id', '=', roleId), eb('c.role_b_id', '=', roleId)]))
    .where('r.archived_at', 'is', null)
    .orderBy('r.sort_key')
    .orderBy('c.id')
    .execute();
}

/** One pair with both of its roles. */
export function findCounterpartPair(db: Db, pairId: string) {
  return db
    .selectFrom('role_counterparts as c')
    .innerJoin('roles as a', 'a.id', 'c.role_a_id')
    .innerJoin('roles as b', 'b.id', 'c.role_b_id')
    .select([
      'c.id',
      'c.description_sv',
      'c.description_en',
      'c.version',
      'a.id as a_id',
      'a.key as a_key',
      'a.name_sv as a_name_sv',
      'a.name_en as a_name_en',
      'b.id as b_id',
      'b.key as b_key',
      'b.name_sv as b_name_sv',
      'b.name_en as b_name_en',
    ])
    .where('c.id', '=', pairId)
    .executeTakeFirst();
}

/** The pair of two roles, in whichever order it was stored. */
export async function counterpartPairIdBetween(db: Db, roleId: string, otherId: string) {
  const row = await db
    .selectFrom('role_counterparts')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('role_a_id', '=', roleId), eb('role_b_id', '=', otherId)]),
        eb.and([eb('role_a_id', '=', otherId), eb('role_b_id', '=', roleId)]),
      ]),
    )
    .executeTakeFirst();
  return row?.id;
}

export async function insertCounterpartPair(
  db: Db,
  values: {
    role_a_id: string;
    role_b_id: string;
    description_sv: string | null;
    description_en: string | null;
  },
) {
  const { id } = await db
    .insertInto('role_counterparts')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** True when the pair was there to delete. */
export async function deleteCounterpartPair(db: Db, pairId: string): Promise<boolean> {
  const deleted = await db
    .deleteFrom('role_counterparts')
    .where('id', '=', pairId)
    .returning('id')
    .executeTakeFirst();
  return deleted !== undefined;
}

/** People holding (kind `holder`) a post of the role, not archived, on `asOf`. */
export async function countHolders(db: Db, roleId: string, asOf: string): Promise<number> {
  const row = await db
    .selectFrom('assignments as a')
    .innerJoin('posts as p', 'p.id', 'a.post_id')
    .select((eb) => eb.fn.count<number | string>('a.person_id').distinct().as('holders'))
    .where('p.role_id', '=', roleId)
    .where('p.archived_at', 'is', null)
    .where('a.kind', '=', 'holder')
    .where('a.valid_from', '<=', asOf)
    .where((w) => w.or([w('a.valid_to', 'is', null), w('a.valid_to', '>=', asOf)]))
    .executeTakeFirstOrThrow();
  return Number(row.holders);
}
