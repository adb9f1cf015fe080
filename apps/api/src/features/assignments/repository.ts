import type { AssignmentKindValue, AssignmentsTable, DB } from '@nk/db';
import { type Insertable, type Kysely, sql, type Transaction } from 'kysely';

type Db = Kysely<DB> | Transaction<DB>;

const assignmentColumns = [
  'a.id',
  'a.post_id',
  'a.person_id',
  'a.kind',
  'a.valid_from',
  'a.valid_to',
  'a.note',
  'a.created_at',
  'a.updated_at',
  'a.version',
] as const;

/** The person's name and protection, so sentences can name them (or not). */
const personColumns = [
  'pe.given_name',
  'pe.family_name',
  'pe.protected',
  'pe.archived_at as person_archived_at',
] as const;

export interface AssignmentFilter {
  post?: string;
  person?: string;
  organisation?: string;
  asOf?: string;
  kind?: AssignmentKindValue;
  /** Assignments of people with a protected identity are left out unless true (admins). */
  includeProtected: boolean;
  updatedSince?: string;
  limit: number;
  /** Keyset position: `[validFrom, id]`, or `[updatedAt, id]` when `updatedSince` is given. */
  after?: (string | number)[];
}

/** One page (plus one row to tell if there is more), oldest first, or in change order. */
export function listAssignments(db: Kysely<DB>, filter: AssignmentFilter) {
  let query = db
    .selectFrom('assignments as a')
    .innerJoin('people as pe', 'pe.id', 'a.person_id')
    .select(assignmentColumns)
    .select(
      sql<string>`to_char(a.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        'updated_key',
      ),
    );
  if (!filter.includeProtected) query = query.where('pe.protected', '=', false);
  if (filter.post) query = query.where('a.post_id', '=', filter.post);
  if (filter.person) query = query.where('a.person_id', '=', filter.person);
  if (filter.kind) query = query.where('a.kind', '=', filter.kind);
  if (filter.organisation) {
    query = query.where(
      sql<boolean>`a.post_id IN (
        WITH RECURSIVE tree AS (
          SELECT id FROM organisations WHERE id = ${filter.organisation}
          UNION
          SELECT o.id FROM organisations o JOIN tree t ON o.parent_id = t.id
        )
        SELECT p.id FROM posts p JOIN tree t ON p.organisation_id = t.id)`,
    );
  }
  if (filter.asOf) {
    const asOf = filter.asOf;
    query = query
      .where('a.valid_from', '<=', asOf)
      .where((w) => w.or([w('a.valid_to', 'is', null), w('a.valid_to', '>=', asOf)]));
  }

  if (filter.updatedSince) {
    query = query.where('a.updated_at', '>=', new Date(filter.updatedSince));
    if (filter.after) {
      const [at, id] = filter.after;
      query = query.where(sql<boolean>`(a.updated_at, a.id) > (${at}::timestamptz, ${id}::uuid)`);
    }
    return query
      .orderBy('a.updated_at')
      .orderBy('a.id')
      .limit(filter.limit + 1)
      .execute();
  }
  if (filter.after) {
    const [from, id] = filter.after;
    query = query.where(sql<boolean>`(a.valid_from, a.id) > (${from}::date, ${id}::uuid)`);
  }
  return query
    .orderBy('a.valid_from')
    .orderBy('a.id')
    .limit(filter.limit + 1)
    .execute();
}

export function findAssignment(db: Db, id: string) {
  return db
    .selectFrom('assignments as a')
    .innerJoin('people as pe', 'pe.id', 'a.person_id')
    .select(assignmentColumns)
    .select(personColumns)
    .where('a.id', '=', id)
    .executeTakeFirst();
}

export type AssignmentRow = NonNullable<Awaited<ReturnType<typeof findAssignment>>>;

/** The assignment's post, without a lock: a post never changes under an assignment. */
export async function postIdOf(db: Db, assignmentId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('assignments')
    .select('post_id')
    .where('id', '=', assignmentId)
    .executeTakeFirst();
  return row?.post_id;
}

/**
 * Locks the post for the rest of the transaction. Every change to a post's assignments takes this
 * lock first, so the overlap and handover checks cannot race one another.
 */
export function lockPost(db: Transaction<DB>, postId: string) {
  return db
    .selectFrom('posts')
    .select(['id', 'organisation_id', 'archived_at'])
    .where('id', '=', postId)
    .forUpdate()
    .executeTakeFirst();
}

export function findPerson(db: Db, personId: string) {
  return db
    .selectFrom('people')
    .select(['id', 'given_name', 'family_name', 'protected', 'archived_at'])
    .where('id', '=', personId)
    .executeTakeFirst();
}

/** Holder assignments of the post whose period overlaps `from`..`to` (inclusive; null = open). */
export function overlappingHolders(
  db: Db,
  postId: string,
  from: string,
  to: string | null,
  exceptId?: string,
) {
  let query = db
    .selectFrom('assignments as a')
    .innerJoin('people as pe', 'pe.id', 'a.person_id')
    .select(assignmentColumns)
    .select(personColumns)
    .where('a.post_id', '=', postId)
    .where('a.kind', '=', 'holder')
    .where(
      sql<boolean>`daterange(a.valid_from, a.valid_to, '[]') && daterange(${from}::date, ${to}::date, '[]')`,
    );
  if (exceptId) query = query.where('a.id', '<>', exceptId);
  return query.orderBy('a.valid_from').execute();
}

/** Assignments of one kind on the post that last until `date` or later, oldest first. */
export function assignmentsReaching(
  db: Db,
  postId: string,
  kind: AssignmentKindValue,
  date: string,
) {
  return db
    .selectFrom('assignments as a')
    .innerJoin('people as pe', 'pe.id', 'a.person_id')
    .select(assignmentColumns)
    .select(personColumns)
    .where('a.post_id', '=', postId)
    .where('a.kind', '=', kind)
    .where((w) => w.or([w('a.valid_to', 'is', null), w('a.valid_to', '>=', date)]))
    .orderBy('a.valid_from')
    .orderBy('a.id')
    .execute();
}

export async function insertAssignment(
  db: Db,
  values: Insertable<AssignmentsTable>,
): Promise<string> {
  const { id } = await db
    .insertInto('assignments')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
