import type { DB, OrganisationKindValue } from '@nk/db';
import { type ExpressionBuilder, type Kysely, type RawBuilder, sql } from 'kysely';
import { jsonObjectFrom } from 'kysely/helpers/postgres';
import { organisationTree } from '../posts/repository';

/*
 * Counterparts and coverage are answered in a constant number of statements whatever the size
 * of the directory: the organisation tree is walked once in a recursive CTE, never per row, and
 * only the posts actually shown are loaded afterwards (through the posts read model).
 */

/** Organisation trees are shallow; the bound only stops a corrupt parent cycle from looping. */
const maxDepth = 32;

/** True when the period (null = open) includes `asOf`. */
const validOn = (table: string, asOf: string) =>
  sql<boolean>`((${sql.ref(`${table}.valid_from`)} IS NULL OR ${sql.ref(`${table}.valid_from`)} <= ${asOf}::date)
    AND (${sql.ref(`${table}.valid_to`)} IS NULL OR ${sql.ref(`${table}.valid_to`)} >= ${asOf}::date))`;

function organisationRef(eb: ExpressionBuilder<DB, never>, id: string) {
  return jsonObjectFrom(
    eb
      .selectFrom('organisations as o')
      .select(['o.id', 'o.name', 'o.short_name as shortName', 'o.kind'])
      .where('o.id', '=', id),
  );
}

/**
 * The role (by id or by key), the organisation and the target of a counterpart question, each
 * null when there is no such row; in one statement.
 */
export function findSubjects(
  db: Kysely<DB>,
  subjects: { role: { id: string } | { key: string }; organisationId: string; targetId?: string },
) {
  const { role, organisationId, targetId } = subjects;
  return db
    .selectNoFrom((eb) => [
      jsonObjectFrom(
        eb
          .selectFrom('roles as r')
          .select(['r.id', 'r.key', 'r.name_sv as nameSv', 'r.name_en as nameEn'])
          .where((w) => ('id' in role ? w('r.id', '=', role.id) : w('r.key', '=', role.key))),
      ).as('role'),
      organisationRef(eb, organisationId).as('organisation'),
      (targetId ? organisationRef(eb, targetId) : sql<null>`NULL`).as('target'),
    ])
    .executeTakeFirstOrThrow();
}

export interface RelationRow {
  kind: 'serves' | 'partner' | 'network';
  direction: 'outgoing' | 'incoming' | null;
  throughId: string | null;
  throughName: string | null;
  throughShortName: string | null;
  throughKind: OrganisationKindValue | null;
  networkId: string | null;
  networkName: string | null;
}

export interface CounterpartGroupRow {
  id: string;
  name: string;
  short_name: string | null;
  kind: OrganisationKindValue;
  relations: RelationRow[];
  post_ids: string[];
  post_count: number;
}

export interface CounterpartGroupFilter {
  organisationId: string;
  roleIds: readonly string[];
  targetId?: string;
  asOf: string;
  perOrganisation: number;
}

/**
 * The organisations related to `organisationId` on `asOf` that have posts of the given roles in
 * or below them, each with why it is related, the ids of its first `perOrganisation` posts (its
 * own posts first, then by organisation and role name) and how many there are.
 *
 * Related: linked either way (`serves`, `partner`) to the organisation or to one above it, or
 * taking part in a network it (or one above it) takes part in. The organisation's own tree
 * (itself, those above and below it) is never "related". A post below several related
 * organisations belongs to the nearest.
 */
export async function listCounterpartGroups(
  db: Kysely<DB>,
  filter: CounterpartGroupFilter,
): Promise<CounterpartGroupRow[]> {
  if (filter.roleIds.length === 0) return [];
  const { rows } = await counterpartGroupsQuery(filter).execute(db);
  return rows;
}

export function counterpartGroupsQuery(filter: CounterpartGroupFilter) {
  const { organisationId, asOf } = filter;
  const inTarget: RawBuilder<boolean> = filter.targetId
    ? sql<boolean>`p.organisation_id IN ${organisationTree(filter.targetId)}`
    : sql<boolean>`true`;
  return sql<CounterpartGroupRow>`
    WITH RECURSIVE
    self_up (id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM organisations WHERE id = ${organisationId}
      UNION ALL
      SELECT o.id, o.parent_id, s.depth + 1
      FROM organisations o JOIN self_up s ON o.id = s.parent_id
      WHERE s.depth < ${maxDepth}
    ),
    self_down (id, depth) AS (
      SELECT id, 0 FROM organisations WHERE id = ${organisationId}
      UNION ALL
      SELECT o.id, d.depth + 1
      FROM organisations o JOIN self_down d ON o.parent_id = d.id
      WHERE d.depth < ${maxDepth}
    ),
    relation (organisation_id, kind, direction, through_id, depth, network_id) AS (
      SELECT l.to_organisation_id, l.kind, 'outgoing', s.id, s.depth, NULL::uuid
      FROM self_up s JOIN organisation_links l ON l.from_organisation_id = s.id
      WHERE ${validOn('l', asOf)}
      UNION ALL
      SELECT l.from_organisation_id, l.kind, 'incoming', s.id, s.depth, NULL::uuid
      FROM self_up s JOIN organisation_links l ON l.to_organisation_id = s.id
      WHERE ${validOn('l', asOf)}
      UNION ALL
      SELECT other.organisation_id, 'network', NULL, s.id, s.depth, mine.network_id
      FROM self_up s
      JOIN network_organisations mine ON mine.organisation_id = s.id
      JOIN networks n ON n.id = mine.network_id
      JOIN network_organisations other ON other.network_id = mine.network_id
      WHERE n.archived_at IS NULL AND ${validOn('mine', asOf)} AND ${validOn('other', asOf)}
    ),
    -- One relation per (organisation, kind, direction, network), from the nearest of the asking
    -- organisation and those above it.
    usable AS (
      SELECT DISTINCT ON (r.organisation_id, r.kind, r.direction, r.network_id) r.*
      FROM relation r JOIN organisations o ON o.id = r.organisation_id
      WHERE o.archived_at IS NULL
        AND r.organisation_id NOT IN (SELECT id FROM self_up)
        AND r.organisation_id NOT IN (SELECT id FROM self_down)
      ORDER BY r.organisation_id, r.kind, r.direction, r.network_id, r.depth
    ),
    root AS (SELECT DISTINCT organisation_id AS id FROM usable),
    -- Each related organisation's tree down to the next related one, which walks its own: every
    -- organisation is reached once, from the nearest related organisation above it.
    nearest (root_id, id, depth, sort_key) AS (
      SELECT r.id, r.id, 0, o.sort_key
      FROM root r JOIN organisations o ON o.id = r.id
      UNION ALL
      SELECT n.root_id, o.id, n.depth + 1, o.sort_key
      FROM nearest n JOIN organisations o ON o.parent_id = n.id
      WHERE n.depth < ${maxDepth} AND o.archived_at IS NULL
        AND o.id NOT IN (SELECT id FROM root)
    ),
    -- Counted per organisation and role first: the many posts deep in big trees are only
    -- counted, and only the first organisations' posts are read post by post (below).
    place AS (
      SELECT p.organisation_id, p.role_id, count(*) AS posts
      FROM posts p
      WHERE p.role_id IN (${sql.join(filter.roleIds)})
        AND p.archived_at IS NULL
        AND ${inTarget}
      -- In the order of the (role, organisation) index: counted as it is read, not hashed.
      GROUP BY p.role_id, p.organisation_id
    ),
    -- Then per organisation: a related organisation's count is the sum over the organisations
    -- it is nearest to.
    placed AS (
      SELECT n.root_id, n.depth, n.sort_key, pl.organisation_id, pl.posts
      FROM (
        SELECT organisation_id, sum(posts) AS posts FROM place GROUP BY organisation_id
      ) pl
      JOIN nearest n ON n.id = pl.organisation_id
    ),
    counted AS (
      SELECT pl.root_id, sum(pl.posts)::int AS post_count FROM placed pl GROUP BY pl.root_id
    ),
    -- Every organisation placed has a post, so the first posts shown are in the first
    -- organisations: only those are ranked to the end (the ranking stops early in each related
    -- organisation), and only their posts are read.
    first_organisations AS (
      SELECT * FROM (
        SELECT pl.root_id, pl.organisation_id, row_number() OVER (
            PARTITION BY pl.root_id ORDER BY pl.depth, pl.sort_key, pl.organisation_id
          ) AS organisation_rank
        FROM placed pl
      ) ranked
      WHERE ranked.organisation_rank <= ${filter.perOrganisation}
    ),
    shown AS (
      SELECT f.root_id, p.id,
        row_number() OVER (
          PARTITION BY f.root_id ORDER BY f.organisation_rank, p.role_key, p.role_id, p.id
        ) AS rank
      FROM first_organisations f
      -- The organisation's first posts of the roles (it is in the target, if there is one):
      -- index probes (LATERAL with LIMIT), never a scan of all posts.
      CROSS JOIN LATERAL (
        SELECT p.id, p.role_id, r.sort_key AS role_key
        FROM posts p JOIN roles r ON r.id = p.role_id
        WHERE p.organisation_id = f.organisation_id
          AND p.role_id IN (${sql.join(filter.roleIds)})
          AND p.archived_at IS NULL
        ORDER BY r.sort_key, p.role_id, p.id
        LIMIT ${filter.perOrganisation}
      ) p
    ),
    grouped AS (
      SELECT s.root_id, array_agg(s.id::text ORDER BY s.rank) AS post_ids
      FROM shown s WHERE s.rank <= ${filter.perOrganisation}
      GROUP BY s.root_id
    )
    SELECT o.id, o.name, o.short_name, o.kind, g.post_ids, c.post_count,
      (SELECT json_agg(json_build_object(
          'kind', u.kind,
          'direction', u.direction,
          'throughId', CASE WHEN u.depth = 0 THEN NULL ELSE t.id END,
          'throughName', t.name,
          'throughShortName', t.short_name,
          'throughKind', t.kind,
          'networkId', u.network_id,
          'networkName', nw.name)
        ORDER BY u.kind = 'network', u.kind, u.direction, nw.sort_key, u.network_id)
       FROM usable u
       JOIN organisations t ON t.id = u.through_id
       LEFT JOIN networks nw ON nw.id = u.network_id
       WHERE u.organisation_id = o.id) AS relations
    FROM grouped g
    JOIN counted c ON c.root_id = g.root_id
    JOIN organisations o ON o.id = g.root_id
    ORDER BY EXISTS (
        SELECT 1 FROM usable u WHERE u.organisation_id = o.id AND u.kind <> 'network') DESC,
      o.sort_key, o.id`;
}

/** The network's member organisations on `asOf` (archived ones left out), in Swedish name order. */
export function listCoverageMembers(db: Kysely<DB>, networkId: string, asOf: string) {
  return db
    .selectFrom('network_organisations as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['o.id', 'o.name', 'o.short_name', 'o.kind'])
    .where('m.network_id', '=', networkId)
    .where('o.archived_at', 'is', null)
    .where(validOn('m', asOf))
    .orderBy('o.sort_key')
    .orderBy('o.id')
    .execute();
}

/** The roles the network's (not archived) posts use, in Swedish name order. */
export function listCoverageRoles(db: Kysely<DB>, networkId: string) {
  return db
    .selectFrom('roles as r')
    .select(['r.id', 'r.key', 'r.name_sv', 'r.name_en'])
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('posts as p')
          .select('p.id')
          .whereRef('p.role_id', '=', 'r.id')
          .where('p.network_id', '=', networkId)
          .where('p.archived_at', 'is', null),
      ),
    )
    .orderBy('r.sort_key')
    .orderBy('r.id')
    .execute();
}

export interface CoverageCellRow {
  /** The member organisation the posts are in or below; null for posts outside every member. */
  member_id: string | null;
  role_id: string;
  post_count: number;
  vacant_count: number;
  /** The first `perCell` posts, the member's own first; null when none are shown. */
  post_ids: string[] | null;
}

/**
 * Every (member organisation, role) pair that has network posts on `asOf`, with how many posts,
 * how many of them are vacant and the ids of the first `perCell`. A post below several members
 * belongs to the nearest. Vacant means what it means for posts: required and without a holder.
 */
export async function listCoverageCells(
  db: Kysely<DB>,
  networkId: string,
  asOf: string,
  perCell: number,
): Promise<CoverageCellRow[]> {
  const { rows } = await coverageCellsQuery(networkId, asOf, perCell).execute(db);
  return rows;
}

export function coverageCellsQuery(networkId: string, asOf: string, perCell: number) {
  return sql<CoverageCellRow>`
    WITH RECURSIVE
    member AS (
      SELECT m.organisation_id AS id
      FROM network_organisations m JOIN organisations o ON o.id = m.organisation_id
      WHERE m.network_id = ${networkId} AND o.archived_at IS NULL AND ${validOn('m', asOf)}
    ),
    reach (root_id, id, depth, sort_key) AS (
      SELECT m.id, m.id, 0, o.sort_key FROM member m JOIN organisations o ON o.id = m.id
      UNION ALL
      SELECT r.root_id, o.id, r.depth + 1, o.sort_key
      FROM reach r JOIN organisations o ON o.parent_id = r.id
      WHERE r.depth < ${maxDepth}
    ),
    nearest AS (
      SELECT DISTINCT ON (id) id, root_id, depth, sort_key FROM reach ORDER BY id, depth
    ),
    -- Counted per organisation and role first (vacancies too), keeping each place's first
    -- post ids; the cells then pick from the nearest places.
    place AS (
      SELECT p.organisation_id, p.role_id, count(*) AS posts,
        count(*) FILTER (
          WHERE p.required AND NOT (
            latest.valid_from IS NOT NULL
            AND (latest.valid_to IS NULL OR latest.valid_to >= ${asOf}::date))
        ) AS vacancies,
        (array_agg(p.id ORDER BY p.id))[1:${perCell}] AS first_ids
      FROM posts p
      -- Holders never overlap (an exclusion constraint), so the post is held on asOf exactly
      -- when its latest holder assignment starting by then has not ended. One short backward
      -- B-tree probe per required post (LATERAL with LIMIT); as EXISTS the planner may rather
      -- hash the whole assignments table.
      LEFT JOIN LATERAL (
        SELECT h.valid_from, h.valid_to FROM assignments h
        WHERE p.required AND h.post_id = p.id AND h.kind = 'holder'
          AND h.valid_from <= ${asOf}::date
        ORDER BY h.valid_from DESC
        LIMIT 1
      ) latest ON true
      WHERE p.network_id = ${networkId} AND p.archived_at IS NULL
      GROUP BY p.organisation_id, p.role_id
    ),
    placed AS (
      SELECT n.root_id, n.depth, n.sort_key, pl.organisation_id, pl.role_id, pl.posts,
        pl.vacancies, pl.first_ids,
        sum(pl.posts) OVER (
          PARTITION BY n.root_id, pl.role_id
          ORDER BY n.depth, n.sort_key, pl.organisation_id
          ROWS UNBOUNDED PRECEDING) - pl.posts AS earlier
      FROM place pl
      LEFT JOIN nearest n ON n.id = pl.organisation_id
    ),
    shown AS (
      SELECT pl.root_id, pl.role_id, picked.id,
        row_number() OVER (
          PARTITION BY pl.root_id, pl.role_id
          ORDER BY pl.depth, pl.sort_key, pl.organisation_id, picked.id) AS rank
      FROM placed pl
      CROSS JOIN LATERAL unnest(pl.first_ids) AS picked (id)
      WHERE pl.root_id IS NOT NULL AND pl.earlier < ${perCell}
    ),
    cell AS (
      SELECT root_id, role_id, sum(posts)::int AS post_count, sum(vacancies)::int AS vacant_count
      FROM placed GROUP BY root_id, role_id
    )
    SELECT c.root_id::text AS member_id, c.role_id::text AS role_id, c.post_count, c.vacant_count,
      array_agg(s.id::text ORDER BY s.rank) FILTER (WHERE s.id IS NOT NULL) AS post_ids
    FROM cell c
    LEFT JOIN shown s ON s.root_id = c.root_id AND s.role_id = c.role_id AND s.rank <= ${perCell}
    GROUP BY c.root_id, c.role_id, c.post_count, c.vacant_count`;
}
