import type { ChangeSuggestionsTable, DB } from '@nk/db';
import { type Insertable, type Kysely, sql, type Transaction, type Updateable } from 'kysely';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * The organisation that owns the target *now* (a person's employer, a post's organisation, the
 * organisation itself), so a suggestion follows a person who moves to another employer. The
 * stored `organisation_id` (the owner when reported) is only the fallback.
 */
const ownerId = sql<string>`coalesce(
  tp.organisation_id,
  tpo.organisation_id,
  CASE WHEN s.entity_type = 'organisation' THEN s.entity_id END,
  s.organisation_id)`;

const targetName = sql<string>`CASE s.entity_type
  WHEN 'person' THEN tp.given_name || ' ' || tp.family_name
  WHEN 'post' THEN coalesce(tpo.title, tr.name_sv || ', ' || o.name)
  ELSE o.name END`;

/** Suggestions with their target's name, owning organisation, reporter and resolver. */
function selectSuggestions(db: Db) {
  return db
    .selectFrom('change_suggestions as s')
    .leftJoin('people as tp', (join) =>
      join.onRef('tp.id', '=', 's.entity_id').on('s.entity_type', '=', 'person'),
    )
    .leftJoin('posts as tpo', (join) =>
      join.onRef('tpo.id', '=', 's.entity_id').on('s.entity_type', '=', 'post'),
    )
    .leftJoin('roles as tr', 'tr.id', 'tpo.role_id')
    .innerJoin('organisations as o', (join) => join.on(sql<boolean>`o.id = ${ownerId}`))
    .innerJoin('users as uc', 'uc.id', 's.created_by')
    .leftJoin('users as ur', 'ur.id', 's.resolved_by')
    .select([
      's.id',
      's.entity_type',
      's.entity_id',
      's.message',
      's.status',
      's.created_by',
      's.created_at',
      's.resolved_by',
      's.resolved_at',
      's.resolution_note',
      's.updated_at',
      's.version',
      'o.id as organisation_id',
      'o.name as organisation_name',
      'o.short_name as organisation_short_name',
      'o.kind as organisation_kind',
      'uc.display_name as created_by_name',
      'uc.email as created_by_email',
      'ur.display_name as resolved_by_name',
      'ur.email as resolved_by_email',
      targetName.as('target_name'),
      sql<boolean>`coalesce(tp.protected, false)`.as('target_protected'),
      's.field',
      sql<string>`to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        'created_key',
      ),
      sql<string>`to_char(s.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        'updated_key',
      ),
    ]);
}

export type SuggestionRow = NonNullable<Awaited<ReturnType<typeof findSuggestion>>>;

export interface SuggestionFilter {
  /** Null for administrators (everything); otherwise what the caller may see. */
  visibleTo: { userId: string; stewardOf: string[] } | null;
  status?: 'open' | 'resolved' | 'dismissed';
  organisation?: string;
  targetType?: 'person' | 'post' | 'organisation';
  target?: string;
  updatedSince?: string;
  limit: number;
  /** Keyset position: `[createdAt, id]` (newest first), or `[updatedAt, id]` with `updatedSince`. */
  after?: (string | number)[];
}

/** One page (plus one row to tell if there is more), newest first, or in change order. */
export function listSuggestions(db: Kysely<DB>, filter: SuggestionFilter) {
  let query = selectSuggestions(db);
  if (filter.visibleTo) {
    const { userId, stewardOf } = filter.visibleTo;
    // Protected people are for administrators only, and so are reports about them.
    query = query
      .where(sql<boolean>`coalesce(tp.protected, false) = false`)
      .where((eb) =>
        eb.or([
          eb('s.created_by', '=', userId),
          ...(stewardOf.length > 0 ? [eb('o.id', 'in', stewardOf)] : []),
        ]),
      );
  }
  if (filter.status) query = query.where('s.status', '=', filter.status);
  if (filter.targetType) query = query.where('s.entity_type', '=', filter.targetType);
  if (filter.target) query = query.where('s.entity_id', '=', filter.target);
  if (filter.organisation) {
    const root = filter.organisation;
    query = query.where(
      'o.id',
      'in',
      sql<string>`(
        WITH RECURSIVE below AS (
          SELECT id FROM organisations WHERE id = ${root}
          UNION
          SELECT o2.id FROM organisations o2 JOIN below b ON o2.parent_id = b.id
        )
        SELECT id FROM below)`,
    );
  }

  if (filter.updatedSince) {
    query = query.where('s.updated_at', '>=', new Date(filter.updatedSince));
    if (filter.after) {
      const [at, id] = filter.after;
      query = query.where(sql<boolean>`(s.updated_at, s.id) > (${at}::timestamptz, ${id}::uuid)`);
    }
    return query
      .orderBy('s.updated_at')
      .orderBy('s.id')
      .limit(filter.limit + 1)
      .execute();
  }
  if (filter.after) {
    const [at, id] = filter.after;
    query = query.where(sql<boolean>`(s.created_at, s.id) < (${at}::timestamptz, ${id}::uuid)`);
  }
  return query
    .orderBy('s.created_at', 'desc')
    .orderBy('s.id', 'desc')
    .limit(filter.limit + 1)
    .execute();
}

export function findSuggestion(db: Db, id: string) {
  return selectSuggestions(db).where('s.id', '=', id).executeTakeFirst();
}

/** The bare row locked for the rest of the transaction, so two stewards cannot both close it. */
export function lockSuggestion(db: Transaction<DB>, id: string) {
  return db
    .selectFrom('change_suggestions')
    .select(['id', 'version'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/**
 * What a suggestion may be about: the target's owning organisation and whether it is a person
 * with a protected identity. Undefined when there is no such target.
 */
export async function findTarget(
  db: Db,
  type: 'person' | 'post' | 'organisation',
  id: string,
): Promise<{ organisationId: string; protected: boolean } | undefined> {
  if (type === 'person') {
    const row = await db
      .selectFrom('people')
      .select(['organisation_id', 'protected', 'erased_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row && !row.erased_at
      ? { organisationId: row.organisation_id, protected: row.protected }
      : undefined;
  }
  if (type === 'post') {
    const row = await db
      .selectFrom('posts')
      .select('organisation_id')
      .where('id', '=', id)
      .executeTakeFirst();
    return row && { organisationId: row.organisation_id, protected: false };
  }
  const row = await db
    .selectFrom('organisations')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { organisationId: row.id, protected: false };
}

export async function insertSuggestion(db: Db, values: Insertable<ChangeSuggestionsTable>) {
  const { id } = await db
    .insertInto('change_suggestions')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Closing needs no If-Match (see the write service), but still bumps the version. */
export async function updateSuggestion(
  db: Transaction<DB>,
  id: string,
  values: Updateable<ChangeSuggestionsTable>,
) {
  await db
    .updateTable('change_suggestions')
    .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}
