import type { DB, NetworkRow, NetworksTable } from '@nk/db';
import { type Insertable, type Kysely, sql, type Transaction } from 'kysely';

type Db = Kysely<DB> | Transaction<DB>;

const networkColumns = [
  'n.id',
  'n.name',
  'n.short_name',
  'n.kind',
  'n.parent_id',
  'n.description',
  'n.website',
  'n.archived_at',
  'n.created_at',
  'n.updated_at',
  'n.version',
  'n.sort_key',
] as const;

// The sets that belong to a network, as text so both drivers hand back plain string arrays.
const topicIds = sql<string[]>`ARRAY(
  SELECT nt.topic_id::text FROM network_topics nt JOIN topics t ON t.id = nt.topic_id
  WHERE nt.network_id = n.id ORDER BY t.sort_key, t.id)`.as('topic_ids');
const organisationIds = sql<string[]>`ARRAY(
  SELECT m.organisation_id::text FROM network_organisations m
  JOIN organisations o ON o.id = m.organisation_id
  WHERE m.network_id = n.id ORDER BY o.sort_key, o.id)`.as('organisation_ids');

export interface NetworkFilter {
  kind?: NetworkRow['kind'];
  parent?: string;
  topic?: string;
  includeArchived: boolean;
  updatedSince?: string;
  limit: number;
  /** Keyset position: `[sortKey, id]`, or `[updatedAt, id]` when `updatedSince` is given. */
  after?: (string | number)[];
}

/** One page (plus one row to tell if there is more) in Swedish name order, or change order. */
export function listNetworks(db: Kysely<DB>, filter: NetworkFilter) {
  let query = db
    .selectFrom('networks as n')
    .select(networkColumns)
    .select([topicIds, organisationIds])
    .select(
      sql<string>`to_char(n.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        'updated_key',
      ),
    );
  if (!filter.includeArchived) query = query.where('n.archived_at', 'is', null);
  if (filter.kind) query = query.where('n.kind', '=', filter.kind);
  if (filter.parent) query = query.where('n.parent_id', '=', filter.parent);
  const topic = filter.topic;
  if (topic) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('network_topics as nt')
          .select('nt.topic_id')
          .whereRef('nt.network_id', '=', 'n.id')
          .where('nt.topic_id', '=', topic),
      ),
    );
  }

  if (filter.updatedSince) {
    query = query.where('n.updated_at', '>=', new Date(filter.updatedSince));
    if (filter.after) {
      const [at, id] = filter.after;
      query = query.where(sql<boolean>`(n.updated_at, n.id) > (${at}::timestamptz, ${id}::uuid)`);
    }
    return query
      .orderBy('n.updated_at')
      .orderBy('n.id')
      .limit(filter.limit + 1)
      .execute();
  }
  if (filter.after) {
    const [key, id] = filter.after;
    query = query.where(sql<boolean>`(n.sort_key, n.id) > (${key}, ${id}::uuid)`);
  }
  return query
    .orderBy('n.sort_key')
    .orderBy('n.id')
    .limit(filter.limit + 1)
    .execute();
}

export function findNetwork(db: Db, id: string) {
  return db
    .selectFrom('networks as n')
    .select(networkColumns)
    .select([topicIds, organisationIds])
    .where('n.id', '=', id)
    .executeTakeFirst();
}

/** The row locked for the rest of the transaction, so the checks below it stay true. */
export function findNetworkForUpdate(db: Transaction<DB>, id: string) {
  return db
    .selectFrom('networks as n')
    .select(networkColumns)
    .select([topicIds, organisationIds])
    .where('n.id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

const summaryColumns = ['id', 'name', 'short_name', 'kind'] as const;

export function findNetworkSummary(db: Db, id: string) {
  return db.selectFrom('networks').select(summaryColumns).where('id', '=', id).executeTakeFirst();
}

export function listChildren(db: Db, id: string) {
  return db
    .selectFrom('networks')
    .select(summaryColumns)
    .where('parent_id', '=', id)
    .where('archived_at', 'is', null)
    .orderBy('sort_key')
    .orderBy('id')
    .execute();
}

export function listTopics(db: Db, networkId: string) {
  return db
    .selectFrom('network_topics as nt')
    .innerJoin('topics as t', 't.id', 'nt.topic_id')
    .select(['t.id', 't.key', 't.kind', 't.name_sv', 't.name_en'])
    .where('nt.network_id', '=', networkId)
    .orderBy('t.sort_key')
    .orderBy('t.id')
    .execute();
}

/** The organisations taking part, with their periods. */
export function listMembers(db: Db, networkId: string) {
  return db
    .selectFrom('network_organisations as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['o.id', 'o.name', 'o.short_name', 'o.kind', 'm.valid_from', 'm.valid_to'])
    .where('m.network_id', '=', networkId)
    .orderBy('o.sort_key')
    .orderBy('o.id')
    .execute();
}

export async function countPosts(db: Db, networkId: string): Promise<number> {
  const row = await db
    .selectFrom('posts')
    .select((eb) => eb.fn.countAll<number | string>().as('posts'))
    .where('network_id', '=', networkId)
    .where('archived_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.posts);
}

export async function insertNetwork(db: Db, values: Insertable<NetworksTable>) {
  const { id } = await db
    .insertInto('networks')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The ids among `ids` that name no topic. */
export async function unknownTopicIds(db: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const found = await db.selectFrom('topics').select('id').where('id', 'in', ids).execute();
  const known = new Set(found.map((r) => r.id));
  return ids.filter((id) => !known.has(id));
}

/** The ids among `ids` that name no organisation. */
export async function unknownOrganisationIds(db: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const found = await db.selectFrom('organisations').select('id').where('id', 'in', ids).execute();
  const known = new Set(found.map((r) => r.id));
  return ids.filter((id) => !known.has(id));
}

/** Makes the network's topics exactly `ids`. */
export async function replaceTopics(db: Db, networkId: string, ids: readonly string[]) {
  let removal = db.deleteFrom('network_topics').where('network_id', '=', networkId);
  if (ids.length > 0) removal = removal.where('topic_id', 'not in', ids);
  await removal.execute();
  if (ids.length === 0) return;
  await db
    .insertInto('network_topics')
    .values(ids.map((topicId) => ({ network_id: networkId, topic_id: topicId })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Makes the member organisations exactly `ids`; those already members keep their periods. */
export async function replaceOrganisations(db: Db, networkId: string, ids: readonly string[]) {
  let removal = db.deleteFrom('network_organisations').where('network_id', '=', networkId);
  if (ids.length > 0) removal = removal.where('organisation_id', 'not in', ids);
  await removal.execute();
  if (ids.length === 0) return;
  await db
    .insertInto('network_organisations')
    .values(
      ids.map((organisationId) => ({
        network_id: networkId,
        organisation_id: organisationId,
        valid_from: null,
        valid_to: null,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/**
 * Serialises changes of the network hierarchy, so two concurrent moves cannot together make a
 * cycle that each alone would not (each checks the tree before the other has committed).
 */
export async function lockHierarchy(db: Transaction<DB>) {
  await sql`SELECT pg_advisory_xact_lock(hashtext('networks.parent_id'))`.execute(db);
}

/** True when `candidate` is `id` itself or lies below it: it cannot become its parent. */
export async function isSelfOrDescendant(db: Db, id: string, candidate: string): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    WITH RECURSIVE below AS (
      SELECT id FROM networks WHERE id = ${id}
      UNION
      SELECT n.id FROM networks n JOIN below b ON n.parent_id = b.id
    )
    SELECT EXISTS (SELECT 1 FROM below WHERE id = ${candidate}) AS found`.execute(db);
  return rows[0]?.found ?? false;
}
