import { type DB, isOneOf, type OrganisationKindValue, type PeopleTable } from '@nk/db';
import {
  type ExpressionBuilder,
  type Insertable,
  type Kysely,
  type QueryCreator,
  type RawBuilder,
  sql,
  type Transaction,
  type Updateable,
} from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { builtOnce } from '../../lib/built-once';
import { versionedUpdate } from '../../lib/versioned-update';

type Db = Kysely<DB> | Transaction<DB>;

export const personColumns = [
  'p.id',
  'p.organisation_id',
  'p.given_name',
  'p.family_name',
  'p.title',
  'p.email',
  'p.phone',
  'p.mobile',
  'p.phone_visibility',
  'p.mobile_visibility',
  'p.bio',
  'p.languages',
  'p.hsa_id',
  'p.protected',
  'p.last_verified_at',
  'p.last_verified_by',
  'p.archived_at',
  'p.created_at',
  'p.updated_at',
  'p.version',
  'p.sort_key',
] as const;

/** The person's topics in the topics' Swedish name order, as `[{ id }]`. */
function topicIdsOf(eb: ExpressionBuilder<DB & { p: PeopleTable }, 'p'>) {
  return jsonArrayFrom(
    eb
      .selectFrom('person_topics as pt')
      .innerJoin('topics as t', 't.id', 'pt.topic_id')
      .select('t.id')
      .whereRef('pt.person_id', '=', 'p.id')
      .orderBy('t.sort_key')
      .orderBy('t.id'),
  ).as('topic_ids');
}

/** People with their employer's name and their topic ids: the shape every person answer has. */
function selectPeople(db: QueryCreator<DB>) {
  return db
    .selectFrom('people as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select(personColumns)
    .select([
      'o.name as organisation_name',
      'o.short_name as organisation_short_name',
      'o.kind as organisation_kind',
    ])
    .select((eb) => topicIdsOf(eb));
}

export interface PeopleFilter {
  organisation?: string;
  role?: string;
  network?: string;
  topic?: string;
  /** The date `role` and `network` are judged on. */
  asOf: string;
  includeArchived: boolean;
  includeProtected: boolean;
  updatedSince?: string;
  limit: number;
  /** Keyset position: `[sortKey, id]`, or `[updatedAt, id]` when `updatedSince` is given. */
  after?: (string | number)[];
}

/** Assignments current on `asOf` that make someone the one on the post (deputies only stand by). */
function holdingPostWhere(
  filter: PeopleFilter,
  column: 'po.role_id' | 'po.network_id',
  value: string,
) {
  return (eb: ExpressionBuilder<DB & { p: PeopleTable }, 'p'>) =>
    eb.exists(
      eb
        .selectFrom('assignments as a')
        .innerJoin('posts as po', 'po.id', 'a.post_id')
        .select(sql<number>`1`.as('one'))
        .whereRef('a.person_id', '=', 'p.id')
        .where(column, '=', value)
        .where('a.kind', 'in', ['holder', 'interim'])
        .where('a.valid_from', '<=', filter.asOf)
        .where((w) => w.or([w('a.valid_to', 'is', null), w('a.valid_to', '>=', filter.asOf)])),
    );
}

/** One page (plus one row to tell if there is more) in Swedish name order, or change order. */
export function listPeople(db: Kysely<DB>, filter: PeopleFilter) {
  let query = selectPeople(db).select(
    sql<string>`to_char(p.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
      'updated_key',
    ),
  );
  if (!filter.includeArchived) query = query.where('p.archived_at', 'is', null);
  if (!filter.includeProtected) query = query.where('p.protected', '=', false);
  if (filter.organisation) {
    const root = filter.organisation;
    query = query.where(
      'p.organisation_id',
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
  if (filter.role) query = query.where(holdingPostWhere(filter, 'po.role_id', filter.role));
  if (filter.network) {
    query = query.where(holdingPostWhere(filter, 'po.network_id', filter.network));
  }
  if (filter.topic) {
    const topic = filter.topic;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('person_topics as ft')
          .select('ft.topic_id')
          .whereRef('ft.person_id', '=', 'p.id')
          .where('ft.topic_id', '=', topic),
      ),
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
    const [key, id] = filter.after;
    query = query.where(sql<boolean>`(p.sort_key, p.id) > (${key}, ${id}::uuid)`);
  }
  return query
    .orderBy('p.sort_key')
    .orderBy('p.id')
    .limit(filter.limit + 1)
    .execute();
}

export function findPerson(db: Db, id: string) {
  return selectPeople(db).where('p.id', '=', id).executeTakeFirst();
}

/** Several people at once, in no particular order (search loads its hits this way). */
const peopleWithIds = builtOnce((db, ids: string[]) =>
  selectPeople(db).where(isOneOf('p.id', ids)),
);

export function findPeople(db: Db, ids: string[]): ReturnType<typeof peopleWithIds> {
  if (ids.length === 0) return Promise.resolve([]);
  return peopleWithIds(db, ids);
}

/** A person row as `findPerson` reads it. */
type PersonRow = NonNullable<Awaited<ReturnType<typeof findPerson>>>;

type UpdateStatement = (
  db: Kysely<DB>,
  id: string,
  version: number,
  ...values: unknown[]
) => Promise<PersonRow[]>;

/** The statement for each set of columns a change writes; more shapes are built at each call. */
const updatesByColumns = new Map<string, UpdateStatement>();
const mostUpdateShapes = 100;

/** `updatePersonIfVersion`'s statement for `columns`, built once (`builtOnce`). */
function updateWriting(columns: readonly string[]): UpdateStatement {
  const key = columns.join(' ');
  const known = updatesByColumns.get(key);
  if (known) return known;
  const statement: UpdateStatement = builtOnce(
    (db, id: string, version: number, ...values: unknown[]) => {
      const set = Object.fromEntries(columns.map((column, i) => [column, values[i]]));
      const updated = db.with('people', () =>
        versionedUpdate(db, 'people', id, version, set).returningAll(),
      );
      // The expression's rows are the table's own, so the query for a person reads them unchanged.
      return selectPeople(updated as unknown as QueryCreator<DB>).where('p.id', '=', id);
    },
  );
  if (updatesByColumns.size < mostUpdateShapes) updatesByColumns.set(key, statement);
  return statement;
}

/**
 * Updates the person if they are still at `expectedVersion` (bumping the version and
 * `updated_at`) and reads them back as `findPerson` does, in one statement: the update is a
 * common table expression named after the table, so the read sees the new row. The read sees
 * what this transaction wrote before (topics), as any later statement would. Undefined when the
 * person is gone or at another version.
 */
export async function updatePersonIfVersion(
  trx: Transaction<DB>,
  id: string,
  expectedVersion: number,
  values: Updateable<PeopleTable>,
): Promise<PersonRow | undefined> {
  const columns = Object.keys(values) as (keyof typeof values)[];
  const [row] = await updateWriting(columns)(
    trx,
    id,
    expectedVersion,
    ...columns.map((column) => values[column]),
  );
  return row;
}

/**
 * Locks the person's row for the rest of the transaction and reads them as `findPerson` does, in
 * one statement, with `erased_at`. A lock that had to wait for another writer gives that
 * writer's row, but the topics and the employer as they were before the wait; then
 * `version_before_wait` is not the row's `version`, and the caller reads the person again. Every
 * write of a person's topics bumps their version, so an unchanged version means nothing is stale.
 */
const lockedPerson = builtOnce((db, id: string) =>
  selectPeople(db)
    .select([
      'p.erased_at',
      sql<number>`(SELECT before_wait.version FROM people AS before_wait WHERE before_wait.id = p.id)`.as(
        'version_before_wait',
      ),
    ])
    .where('p.id', '=', id)
    .forUpdate('p'),
);

export async function lockAndFindPerson(trx: Transaction<DB>, id: string) {
  const [row] = await lockedPerson(trx, id);
  return row;
}

/** The bare row locked for the rest of the transaction, so the checks below it stay true. */
export function lockPerson(db: Transaction<DB>, id: string) {
  return db
    .selectFrom('people')
    .select(['id', 'version', 'erased_at'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** A person's assignment as the profile lists it, with its post, role, organisation, network. */
export interface PersonAssignmentRow {
  assignmentId: string;
  kind: 'holder' | 'interim' | 'deputy';
  validFrom: string;
  validTo: string | null;
  postId: string;
  postTitle: string | null;
  postRequired: boolean;
  roleId: string;
  roleKey: string;
  roleNameSv: string;
  roleNameEn: string;
  organisationId: string;
  organisationName: string;
  organisationShortName: string | null;
  organisationKind: OrganisationKindValue;
  networkId: string | null;
  networkName: string | null;
}

/**
 * The person with their assignments as of `asOf` split three ways (current, history, upcoming)
 * and their topics, in one statement. The assignments are joined once and split by the
 * aggregates' filters: three copies of the five-table join cost PostgreSQL more to plan than
 * to run.
 */
const personDetail = builtOnce((db, id: string, asOf: string) =>
  selectPeople(db)
    .select((eb) => {
      const assignments = eb
        .selectFrom('assignments as a')
        .innerJoin('posts as po', 'po.id', 'a.post_id')
        .innerJoin('roles as r', 'r.id', 'po.role_id')
        .innerJoin('organisations as po_o', 'po_o.id', 'po.organisation_id')
        .leftJoin('networks as n', 'n.id', 'po.network_id')
        .select([
          'a.id as assignmentId',
          'a.kind',
          'a.valid_from as validFrom',
          'a.valid_to as validTo',
          'po.id as postId',
          'po.title as postTitle',
          'po.required as postRequired',
          'r.id as roleId',
          'r.key as roleKey',
          'r.name_sv as roleNameSv',
          'r.name_en as roleNameEn',
          'po_o.id as organisationId',
          'po_o.name as organisationName',
          'po_o.short_name as organisationShortName',
          'po_o.kind as organisationKind',
          'n.id as networkId',
          'n.name as networkName',
        ])
        .whereRef('a.person_id', '=', 'p.id');
      const date = sql`${asOf}::date`;
      const kindOrder = sql`CASE x.kind WHEN 'holder' THEN 0 WHEN 'interim' THEN 1 ELSE 2 END`;
      const list = (order: RawBuilder<unknown>, filter: RawBuilder<boolean>) =>
        sql`coalesce(json_agg(x ORDER BY ${order}) FILTER (WHERE ${filter}), '[]')`;
      return [
        sql<{
          current: PersonAssignmentRow[];
          history: PersonAssignmentRow[];
          upcoming: PersonAssignmentRow[];
        }>`(SELECT json_build_object(
          'current', ${list(
            sql`${kindOrder}, x."validFrom", x."assignmentId"`,
            sql`x."validFrom" <= ${date} AND (x."validTo" IS NULL OR x."validTo" >= ${date})`,
          )},
          'history', ${list(
            sql`x."validTo" DESC, x."validFrom" DESC, x."assignmentId"`,
            sql`x."validTo" < ${date}`,
          )},
          'upcoming', ${list(
            sql`x."validFrom", ${kindOrder}, x."assignmentId"`,
            sql`x."validFrom" > ${date}`,
          )})
          FROM (${assignments}) x)`.as('assignments'),
        jsonArrayFrom(
          eb
            .selectFrom('person_topics as pt')
            .innerJoin('topics as t', 't.id', 'pt.topic_id')
            .select(['t.id', 't.key', 't.kind', 't.name_sv as nameSv', 't.name_en as nameEn'])
            .whereRef('pt.person_id', '=', 'p.id')
            .orderBy('t.sort_key')
            .orderBy('t.id'),
        ).as('topics'),
      ];
    })
    .where('p.id', '=', id),
);

export async function findPersonDetail(db: Kysely<DB>, id: string, asOf: string) {
  const [row] = await personDetail(db, id, asOf);
  return row;
}

export async function insertPerson(db: Db, values: Insertable<PeopleTable>) {
  const { id } = await db
    .insertInto('people')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Replaces the person's topic set. */
export async function replaceTopics(db: Transaction<DB>, personId: string, topicIds: string[]) {
  await db.deleteFrom('person_topics').where('person_id', '=', personId).execute();
  if (topicIds.length > 0) {
    await db
      .insertInto('person_topics')
      .values(topicIds.map((topicId) => ({ person_id: personId, topic_id: topicId })))
      .execute();
  }
}

/** Topics by id, to tell unknown and archived ones apart. */
export function findTopics(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('topics').select(['id', 'archived_at']).where('id', 'in', ids).execute();
}

export function findOrganisationState(db: Db, id: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'archived_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Another person with this e-mail address, compared without regard to case. */
export async function personIdWithEmail(db: Db, email: string, exceptId?: string) {
  let query = db
    .selectFrom('people')
    .select('id')
    .where(sql<string>`lower(email)`, '=', email.toLowerCase());
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst())?.id;
}

export async function personIdWithHsaId(db: Db, hsaId: string, exceptId?: string) {
  let query = db.selectFrom('people').select('id').where('hsa_id', '=', hsaId);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst())?.id;
}
