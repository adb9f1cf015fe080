import type { DB, TopicRow, TopicsTable } from '@nk/db';
import { type Insertable, type Kysely, sql, type Transaction } from 'kysely';

type Db = Kysely<DB> | Transaction<DB>;

export const topicColumns = [
  't.id',
  't.key',
  't.kind',
  't.name_sv',
  't.name_en',
  't.description_sv',
  't.description_en',
  't.archived_at',
  't.created_at',
  't.updated_at',
  't.version',
  't.sort_key',
] as const;

export interface TopicFilter {
  kind?: TopicRow['kind'];
  includeArchived: boolean;
  updatedSince?: string;
  limit: number;
  /** Keyset position: `[sortKey, id]`, or `[updatedAt, id]` when `updatedSince` is given. */
  after?: (string | number)[];
}

/** One page (plus one row to tell if there is more) in Swedish name order, or change order. */
export function listTopics(db: Kysely<DB>, filter: TopicFilter) {
  let query = db
    .selectFrom('topics as t')
    .select(topicColumns)
    .select(
      sql<string>`to_char(t.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        'updated_key',
      ),
    );
  if (!filter.includeArchived) query = query.where('t.archived_at', 'is', null);
  if (filter.kind) query = query.where('t.kind', '=', filter.kind);

  if (filter.updatedSince) {
    query = query.where('t.updated_at', '>=', new Date(filter.updatedSince));
    if (filter.after) {
      const [at, id] = filter.after;
      query = query.where(sql<boolean>`(t.updated_at, t.id) > (${at}::timestamptz, ${id}::uuid)`);
    }
    return query
      .orderBy('t.updated_at')
      .orderBy('t.id')
      .limit(filter.limit + 1)
      .execute();
  }
  if (filter.after) {
    const [key, id] = filter.after;
    query = query.where(sql<boolean>`(t.sort_key, t.id) > (${key}, ${id}::uuid)`);
  }
  return query
    .orderBy('t.sort_key')
    .orderBy('t.id')
    .limit(filter.limit + 1)
    .execute();
}

export function findTopic(db: Db, id: string) {
  return db
    .selectFrom('topics as t')
    .select(topicColumns)
    .where('t.id', '=', id)
    .executeTakeFirst();
}

/** The row locked for the rest of the transaction, so the checks below it stay true. */
export function findTopicForUpdate(db: Transaction<DB>, id: string) {
  return db
    .selectFrom('topics as t')
    .select(topicColumns)
    .where('t.id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** The id of the topic using `key`, other than `exceptId`. */
export async function topicIdWithKey(db: Db, key: string, exceptId?: string) {
  let query = db.selectFrom('topics').select('id').where('key', '=', key);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst())?.id;
}

export async function insertTopic(db: Db, values: Insertable<TopicsTable>) {
  const { id } = await db
    .insertInto('topics')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
