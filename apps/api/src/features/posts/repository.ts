import { type DB, isOneOf, type PostsTable } from '@nk/db';
import {
  type ExpressionBuilder,
  type Insertable,
  type Kysely,
  type RawBuilder,
  sql,
  type Transaction,
  type Updateable,
} from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';

type Db = Kysely<DB> | Transaction<DB>;

const postColumns = [
  'p.id',
  'p.role_id',
  'p.organisation_id',
  'p.network_id',
  'p.title',
  'p.functional_email',
  'p.functional_phone',
  'p.required',
  'p.note',
  'p.archived_at',
  'p.created_at',
  'p.updated_at',
  'p.version',
  'r.key as role_key',
  'r.name_sv as role_name_sv',
  'r.name_en as role_name_en',
  'r.sort_key as role_sort_key',
  'o.name as organisation_name',
  'o.short_name as organisation_short_name',
  'o.kind as organisation_kind',
  'o.sort_key as organisation_sort_key',
  'n.name as network_name',
] as const;

/** The ids of an organisation and every organisation below it. */
export function organisationTree(id: string): RawBuilder<string> {
  return sql<string>`(
    WITH RECURSIVE tree AS (
      SELECT id FROM organisations WHERE id = ${id}
      UNION
      SELECT o.id FROM organisations o JOIN tree t ON o.parent_id = t.id
    )
    SELECT id FROM tree)`;
}

/** True when someone holds (kind `holder`) the post on `asOf`; interim and deputy do not count. */
const heldOn = (asOf: string) => sql<boolean>`EXISTS (
  SELECT 1 FROM assignments h
  WHERE h.post_id = p.id AND h.kind = 'holder'
    AND h.valid_from <= ${asOf}::date AND (h.valid_to IS NULL OR h.valid_to >= ${asOf}::date))`;

/** A required, not archived post that nobody holds on `asOf`. */
const vacantOn = (asOf: string) =>
  sql<boolean>`(p.required AND p.archived_at IS NULL AND NOT ${heldOn(asOf)})`;

/**
 * The people on the post on `asOf` (holder first) with the fields visibility rules need, and each
 * person's row version (`stamp`), by which kept rows are checked (`kept-posts.ts`).
 */
function holdersOn(eb: ExpressionBuilder<DB & { p: PostsTable }, 'p'>, asOf: string) {
  return jsonArrayFrom(
    eb
      .selectFrom('assignments as a')
      .innerJoin('people as pe', 'pe.id', 'a.person_id')
      .select([
        'a.id as assignmentId',
        'a.kind',
        'a.valid_from as validFrom',
        'a.valid_to as validTo',
        'a.note',
        'pe.id',
        'pe.organisation_id as organisationId',
        'pe.given_name as givenName',
        'pe.family_name as familyName',
        'pe.title',
        'pe.email',
        'pe.phone',
        'pe.mobile',
        'pe.phone_visibility as phoneVisibility',
        'pe.mobile_visibility as mobileVisibility',
        'pe.protected',
        sql<string>`pe.xmin::text`.as('stamp'),
      ])
      .whereRef('a.post_id', '=', 'p.id')
      .where('a.valid_from', '<=', asOf)
      .where((w) => w.or([w('a.valid_to', 'is', null), w('a.valid_to', '>=', asOf)]))
      .orderBy(sql`CASE a.kind WHEN 'holder' THEN 0 WHEN 'interim' THEN 1 ELSE 2 END`)
      .orderBy('a.valid_from')
      .orderBy('a.id'),
  ).as('holders');
}

function selectPosts(db: Db, asOf: string) {
  return db
    .selectFrom('posts as p')
    .innerJoin('roles as r', 'r.id', 'p.role_id')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .leftJoin('networks as n', 'n.id', 'p.network_id')
    .select(postColumns)
    .select((eb) => [
      holdersOn(eb, asOf),
      vacantOn(asOf).as('vacant'),
      eb
        .selectFrom('assignments as ended')
        .select((s) => s.fn.max('ended.valid_to').as('last_day'))
        .whereRef('ended.post_id', '=', 'p.id')
        .where('ended.kind', '=', 'holder')
        .where('ended.valid_to', '<', asOf)
        .as('last_held_on'),
      sql<string>`to_char(p.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        'updated_key',
      ),
    ]);
}

export type PostRow = NonNullable<Awaited<ReturnType<typeof findPost>>>;

export interface PostFilter {
  asOf: string;
  organisation?: string;
  role?: string;
  network?: string;
  vacant?: boolean;
  includeArchived: boolean;
  updatedSince?: string;
  limit: number;
  /** `[organisationSortKey, roleSortKey, id]`, or `[updatedAt, id]` with `updatedSince`. */
  after?: (string | number)[];
}

/** One page (plus one row to tell if there is more) by organisation, then role, or change order. */
export function listPosts(db: Kysely<DB>, filter: PostFilter) {
  let query = selectPosts(db, filter.asOf);
  if (!filter.includeArchived) query = query.where('p.archived_at', 'is', null);
  if (filter.organisation) {
    query = query.where(
      sql<boolean>`p.organisation_id IN ${organisationTree(filter.organisation)}`,
    );
  }
  if (filter.role) query = query.where('p.role_id', '=', filter.role);
  if (filter.network) query = query.where('p.network_id', '=', filter.network);
  if (filter.vacant !== undefined) {
    query = query.where(
      filter.vacant ? vacantOn(filter.asOf) : sql<boolean>`NOT ${vacantOn(filter.asOf)}`,
    );
  }

  if (filter.updatedSince) {
    query = query.where('p.updated_at', '>=', new Date(filter.updatedSince));
    if (filter.after) {
      const [at, id] = filter.after;
      query = query.where(sql<boolean>`(p.updated_at, p.id) > (${at}::timestamptz, ${id}::uuid)`);
    }
    return query
      .orderBy('p.updated_at')
      .orderBy('p.id')
      .limit(filter.limit + 1)
      .execute();
  }
  if (filter.after) {
    const [organisationKey, roleKey, id] = filter.after;
    query = query.where(
      sql<boolean>`(o.sort_key, r.sort_key, p.id) > (${organisationKey}, ${roleKey}, ${id}::uuid)`,
    );
  }
  return query
    .orderBy('o.sort_key')
    .orderBy('r.sort_key')
    .orderBy('p.id')
    .limit(filter.limit + 1)
    .execute();
}

/** One post with the people on it on `asOf` (today unless asked). */
export function findPost(db: Db, id: string, asOf: string) {
  return selectPosts(db, asOf).where('p.id', '=', id).executeTakeFirst();
}

/** Several posts at once as of a date, in no particular order (search loads its hits this way). */
export function findPosts(db: Db, ids: string[], asOf: string) {
  if (ids.length === 0) return Promise.resolve([]);
  return selectPosts(db, asOf).where(isOneOf('p.id', ids)).execute();
}

/** Every assignment of the post, all kinds, oldest first. */
export function listTimeline(db: Db, postId: string) {
  return db
    .selectFrom('assignments as a')
    .innerJoin('people as pe', 'pe.id', 'a.person_id')
    .select([
      'a.id as assignmentId',
      'a.kind',
      'a.valid_from as validFrom',
      'a.valid_to as validTo',
      'a.note',
      'pe.id',
      'pe.organisation_id as organisationId',
      'pe.given_name as givenName',
      'pe.family_name as familyName',
      'pe.title',
      'pe.email',
      'pe.phone',
      'pe.mobile',
      'pe.phone_visibility as phoneVisibility',
      'pe.mobile_visibility as mobileVisibility',
      'pe.protected',
    ])
    .where('a.post_id', '=', postId)
    .orderBy('a.valid_from')
    .orderBy(sql`CASE a.kind WHEN 'holder' THEN 0 WHEN 'interim' THEN 1 ELSE 2 END`)
    .orderBy('a.id')
    .execute();
}

/** The stored post, locked for the rest of the transaction so the checks below it stay true. */
export function lockPost(db: Transaction<DB>, id: string) {
  return db
    .selectFrom('posts')
    .select(['id', 'organisation_id', 'version', 'archived_at'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertPost(db: Db, values: Insertable<PostsTable>): Promise<string> {
  const { id } = await db
    .insertInto('posts')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export type PostValues = Updateable<PostsTable>;

/** Whether each referenced row exists, and whether it is archived. */
export async function referenceStates(
  db: Db,
  refs: { roleId?: string; organisationId?: string; networkId?: string | null },
) {
  const state = async (table: 'roles' | 'organisations' | 'networks', id?: string | null) => {
    if (!id) return undefined;
    const row = await db
      .selectFrom(table)
      .select('archived_at')
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? (row.archived_at ? 'archived' : 'active') : 'missing';
  };
  // One after another: inside a transaction there is one connection anyway.
  return {
    role: await state('roles', refs.roleId),
    organisation: await state('organisations', refs.organisationId),
    network: await state('networks', refs.networkId),
  };
}
