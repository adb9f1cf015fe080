import type { DB, OrganisationKindValue, OrganisationsTable } from '@nk/db';
import { type Insertable, type Kysely, sql, type Transaction } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';

export const organisationColumns = [
  'o.id',
  'o.name',
  'o.short_name',
  'o.kind',
  'o.parent_id',
  'o.municipality_code',
  'o.hsa_id',
  'o.email',
  'o.phone',
  'o.website',
  'o.street_address',
  'o.postal_code',
  'o.city',
  'o.description',
  'o.archived_at',
  'o.created_at',
  'o.updated_at',
  'o.version',
  'o.sort_key',
] as const;

export interface OrganisationFilter {
  kind?: OrganisationKindValue;
  parent?: string;
  municipality?: string;
  includeArchived: boolean;
  updatedSince?: string;
  limit: number;
  /** Keyset position: `[sortKey, id]`, or `[updatedAt, id]` when `updatedSince` is given. */
  after?: (string | number)[];
}

/** One page (plus one row to tell if there is more) in Swedish name order, or change order. */
export function listOrganisations(db: Kysely<DB>, filter: OrganisationFilter) {
  let query = db
    .selectFrom('organisations as o')
    .select(organisationColumns)
    .select(
      sql<string>`to_char(o.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        'updated_key',
      ),
    );
  if (!filter.includeArchived) query = query.where('o.archived_at', 'is', null);
  if (filter.kind) query = query.where('o.kind', '=', filter.kind);
  if (filter.parent) query = query.where('o.parent_id', '=', filter.parent);
  if (filter.municipality) query = query.where('o.municipality_code', '=', filter.municipality);

  if (filter.updatedSince) {
    query = query.where('o.updated_at', '>=', new Date(filter.updatedSince));
    if (filter.after) {
      const [at, id] = filter.after;
      query = query.where(sql<boolean>`(o.updated_at, o.id) > (${at}::timestamptz, ${id}::uuid)`);
    }
    return query
      .orderBy('o.updated_at')
      .orderBy('o.id')
      .limit(filter.limit + 1)
      .execute();
  }
  if (filter.after) {
    const [key, id] = filter.after;
    query = query.where(sql<boolean>`(o.sort_key, o.id) > (${key}, ${id}::uuid)`);
  }
  return query
    .orderBy('o.sort_key')
    .orderBy('o.id')
    .limit(filter.limit + 1)
    .execute();
}

export function findOrganisation(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('organisations as o')
    .select(organisationColumns)
    .where('o.id', '=', id)
    .executeTakeFirst();
}

const refColumns = ['id', 'name', 'short_name', 'kind'] as const;

/** Parents from the root down to the direct parent. */
export async function listAncestors(db: Kysely<DB>, id: string) {
  const result = await sql<{
    id: string;
    name: string;
    short_name: string | null;
    kind: OrganisationKindValue;
  }>`
    WITH RECURSIVE chain AS (
      SELECT parent_id, 0 AS depth FROM organisations WHERE id = ${id}
      UNION ALL
      SELECT o.parent_id, c.depth + 1 FROM organisations o JOIN chain c ON o.id = c.parent_id
      WHERE c.depth < 50
    )
    SELECT o.id, o.name, o.short_name, o.kind
    FROM chain c JOIN organisations o ON o.id = c.parent_id
    ORDER BY c.depth DESC`.execute(db);
  return result.rows;
}

export function listChildren(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('organisations')
    .select(refColumns)
    .where('parent_id', '=', id)
    .where('archived_at', 'is', null)
    .orderBy('sort_key')
    .execute();
}

/** Every link between two current organisations, in id order, one page at a time. */
export function listAllLinks(
  db: Kysely<DB>,
  filter: { kind?: 'serves' | 'partner'; after?: string; limit: number },
) {
  let query = db
    .selectFrom('organisation_links as l')
    .innerJoin('organisations as f', 'f.id', 'l.from_organisation_id')
    .innerJoin('organisations as t', 't.id', 'l.to_organisation_id')
    .select([
      'l.id',
      'l.kind',
      'l.from_organisation_id',
      'l.to_organisation_id',
      'l.valid_from',
      'l.valid_to',
    ])
    .where('f.archived_at', 'is', null)
    .where('t.archived_at', 'is', null);
  if (filter.kind) query = query.where('l.kind', '=', filter.kind);
  if (filter.after) query = query.where('l.id', '>', filter.after);
  return query
    .orderBy('l.id')
    .limit(filter.limit + 1)
    .execute();
}

/** Catchment and partner links seen from this organisation, in either direction. */
export function listLinks(db: Kysely<DB>, id: string) {
  const outgoing = sql<boolean>`l.from_organisation_id = ${id}`;
  return db
    .selectFrom('organisation_links as l')
    .innerJoin('organisations as o', (join) =>
      join.on(
        'o.id',
        '=',
        sql<string>`CASE WHEN ${outgoing} THEN l.to_organisation_id ELSE l.from_organisation_id END`,
      ),
    )
    .select([
      'l.id',
      'l.kind',
      sql<'outgoing' | 'incoming'>`CASE WHEN ${outgoing} THEN 'outgoing' ELSE 'incoming' END`.as(
        'direction',
      ),
      'o.id as organisation_id',
      'o.name',
      'o.short_name',
      'o.kind as organisation_kind',
    ])
    .where((eb) =>
      eb.or([eb('l.from_organisation_id', '=', id), eb('l.to_organisation_id', '=', id)]),
    )
    .where('o.archived_at', 'is', null)
    .orderBy('l.kind')
    .orderBy('o.sort_key')
    .execute();
}

/**
 * The organisation's posts with the people holding them on `asOf` (holder, interim, deputy) and,
 * for each post, the last day a holder held it before `asOf` (to say "vacant since").
 */
export function listPostsWithHolders(db: Kysely<DB>, organisationId: string, asOf: string) {
  return db
    .selectFrom('posts as p')
    .innerJoin('roles as r', 'r.id', 'p.role_id')
    .leftJoin('networks as n', 'n.id', 'p.network_id')
    .select([
      'p.id',
      'p.title',
      'p.required',
      'p.functional_email',
      'p.functional_phone',
      'r.id as role_id',
      'r.key as role_key',
      'r.name_sv as role_name_sv',
      'r.name_en as role_name_en',
      'n.id as network_id',
      'n.name as network_name',
    ])
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('assignments as a')
          .innerJoin('people as pe', 'pe.id', 'a.person_id')
          .select([
            'a.id as assignmentId',
            'a.kind',
            'a.valid_from as validFrom',
            'a.valid_to as validTo',
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
          .whereRef('a.post_id', '=', 'p.id')
          .where('a.valid_from', '<=', asOf)
          .where((w) => w.or([w('a.valid_to', 'is', null), w('a.valid_to', '>=', asOf)]))
          .orderBy(sql`CASE a.kind WHEN 'holder' THEN 0 WHEN 'interim' THEN 1 ELSE 2 END`)
          .orderBy('a.valid_from'),
      ).as('holders'),
      eb
        .selectFrom('assignments as ended')
        .select((s) => s.fn.max('ended.valid_to').as('last_day'))
        .whereRef('ended.post_id', '=', 'p.id')
        .where('ended.kind', '=', 'holder')
        .where('ended.valid_to', '<', asOf)
        .as('last_held_on'),
    ])
    .where('p.organisation_id', '=', organisationId)
    .where('p.archived_at', 'is', null)
    .orderBy('r.sort_key')
    .orderBy('p.title')
    .orderBy('p.id')
    .execute();
}

type Db = Kysely<DB> | Transaction<DB>;

export async function insertOrganisation(db: Db, values: Insertable<OrganisationsTable>) {
  const { id } = await db
    .insertInto('organisations')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The row locked for the rest of the transaction, so the checks below it stay true. */
export function findOrganisationForUpdate(db: Transaction<DB>, id: string) {
  return db
    .selectFrom('organisations as o')
    .select(organisationColumns)
    .where('o.id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** True when `candidate` is `id` itself or lies below it: it cannot become its parent. */
export async function isSelfOrDescendant(db: Db, id: string, candidate: string): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    WITH RECURSIVE below AS (
      SELECT id FROM organisations WHERE id = ${id}
      UNION
      SELECT o.id FROM organisations o JOIN below b ON o.parent_id = b.id
    )
    SELECT EXISTS (SELECT 1 FROM below WHERE id = ${candidate}) AS found`.execute(db);
  return rows[0]?.found ?? false;
}

/** One link with both ends, for the organisation that owns the request. */
export function findLink(db: Kysely<DB>, linkId: string) {
  return db
    .selectFrom('organisation_links')
    .select(['id', 'kind', 'from_organisation_id', 'to_organisation_id', 'note'])
    .where('id', '=', linkId)
    .forUpdate()
    .executeTakeFirst();
}

export function findLinkBetween(
  db: Kysely<DB>,
  kind: 'serves' | 'partner',
  fromId: string,
  toId: string,
) {
  return db
    .selectFrom('organisation_links')
    .select('id')
    .where('kind', '=', kind)
    .where((eb) =>
      kind === 'partner'
        ? eb.or([
            eb.and([eb('from_organisation_id', '=', fromId), eb('to_organisation_id', '=', toId)]),
            eb.and([eb('from_organisation_id', '=', toId), eb('to_organisation_id', '=', fromId)]),
          ])
        : eb.and([eb('from_organisation_id', '=', fromId), eb('to_organisation_id', '=', toId)]),
    )
    .executeTakeFirst();
}

export async function insertLink(
  db: Kysely<DB>,
  link: { kind: 'serves' | 'partner'; fromId: string; toId: string; note: string | null },
): Promise<string> {
  const row = await db
    .insertInto('organisation_links')
    .values({
      kind: link.kind,
      from_organisation_id: link.fromId,
      to_organisation_id: link.toId,
      note: link.note,
      valid_from: null,
      valid_to: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteLink(db: Kysely<DB>, linkId: string) {
  await db.deleteFrom('organisation_links').where('id', '=', linkId).execute();
}
