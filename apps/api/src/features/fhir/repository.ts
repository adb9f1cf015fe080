import { type DB, isOneOf } from '@nk/db';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { organisationColumns } from '../organisations/repository';
import { personColumns } from '../people/repository';
import type { DatePrefix } from './search-params';

/**
 * The facade's queries. Each search is one statement for the page (plus, for the small tables,
 * one for the total); `_include` adds one statement per included type, whatever the page size.
 * Column lists and the organisation/person row shapes are the ones the API's own repositories
 * use, so the mappers accept rows from either.
 */

type Condition = RawBuilder<boolean>;

export interface DateBound {
  prefix: DatePrefix;
  start: Date;
  end: Date;
}

/** `column` within a `_lastUpdated` criterion (intervals are half-open: [start, end)). */
function dateCondition(column: RawBuilder<unknown>, c: DateBound): Condition {
  switch (c.prefix) {
    case 'gt':
      return sql<boolean>`${column} >= ${c.end}`;
    case 'ge':
      return sql<boolean>`${column} >= ${c.start}`;
    case 'lt':
      return sql<boolean>`${column} < ${c.start}`;
    case 'le':
      return sql<boolean>`${column} < ${c.end}`;
    case 'eq':
      return sql<boolean>`(${column} >= ${c.start} AND ${column} < ${c.end})`;
  }
}

const falseCondition = sql<boolean>`false`;

function inList(column: string, values: readonly string[]): Condition {
  return values.length === 0
    ? falseCondition
    : sql<boolean>`${sql.ref(column)} IN (${sql.join(values)})`;
}

function anyOf(conditions: Condition[]): Condition {
  return conditions.length === 0
    ? falseCondition
    : sql<boolean>`(${sql.join(conditions, sql` OR `)})`;
}

function allOf(conditions: Condition[]): Condition {
  return conditions.length === 0
    ? sql<boolean>`true`
    : sql<boolean>`(${sql.join(conditions, sql` AND `)})`;
}

const likeEscape = (value: string) => value.replace(/[\\%_]/g, '\\$&');

export interface NameCriterion {
  modifier: 'starts' | 'contains' | 'exact';
  values: string[];
}

/**
 * A name search on a folded column (lower-case ASCII, `nk_fold`), the value folded the same way:
 * by default any word starts with the value, `contains` anywhere; `exact` compares the stored
 * names as written.
 */
function nameCondition(folded: string, exactColumns: RawBuilder<string>[], c: NameCriterion) {
  return anyOf(
    c.values.map((value) => {
      if (c.modifier === 'exact') {
        return anyOf(exactColumns.map((column) => sql<boolean>`${column} = ${value}`));
      }
      const v = sql`nk_fold(${likeEscape(value)})`;
      const column = sql.ref(folded);
      return c.modifier === 'contains'
        ? sql<boolean>`${column} LIKE '%' || ${v} || '%'`
        : sql<boolean>`(${column} LIKE ${v} || '%' OR ${column} LIKE '% ' || ${v} || '%' OR ${column} LIKE '%-' || ${v} || '%')`;
    }),
  );
}

// --- Organization ------------------------------------------------------------------------------

export interface IdentifierMatch {
  ids: string[];
  hsaIds: string[];
  municipalityCodes: string[];
}

export interface OrganizationFilter {
  ids: string[][];
  names: NameCriterion[];
  identifiers: IdentifierMatch[];
  partOf: string[][];
  kinds: string[][];
  active: boolean[];
  lastUpdated: DateBound[];
  after?: (string | number)[];
  limit: number;
  withTotal: boolean;
}

function organizationConditions(filter: OrganizationFilter): Condition[] {
  return [
    ...filter.ids.map((ids) => inList('o.id', ids)),
    ...filter.names.map((c) =>
      nameCondition('o.search_name', [sql.ref('o.name'), sql.ref('o.short_name')], c),
    ),
    ...filter.identifiers.map((m) =>
      anyOf([
        ...(m.ids.length ? [inList('o.id', m.ids)] : []),
        ...(m.hsaIds.length ? [inList('o.hsa_id', m.hsaIds)] : []),
        ...(m.municipalityCodes.length ? [inList('o.municipality_code', m.municipalityCodes)] : []),
      ]),
    ),
    ...filter.partOf.map((ids) => inList('o.parent_id', ids)),
    ...filter.kinds.map((kinds) => inList('o.kind', kinds)),
    ...filter.active.map((active) =>
      active ? sql<boolean>`o.archived_at IS NULL` : sql<boolean>`o.archived_at IS NOT NULL`,
    ),
    ...filter.lastUpdated.map((c) => dateCondition(sql.ref('o.updated_at'), c)),
  ];
}

/** One page of organisations in Swedish name order (plus one row), and the total if asked. */
export async function searchOrganizations(db: Kysely<DB>, filter: OrganizationFilter) {
  const where = allOf(organizationConditions(filter));
  let page = db.selectFrom('organisations as o').select(organisationColumns).where(where);
  if (filter.after) {
    const [key, id] = filter.after;
    page = page.where(sql<boolean>`(o.sort_key, o.id) > (${key}, ${id}::uuid)`);
  }
  const [rows, total] = await Promise.all([
    page
      .orderBy('o.sort_key')
      .orderBy('o.id')
      .limit(filter.limit + 1)
      .execute(),
    filter.withTotal
      ? db
          .selectFrom('organisations as o')
          .select((eb) => eb.fn.countAll<string | number>().as('n'))
          .where(where)
          .executeTakeFirstOrThrow()
          .then((r) => Number(r.n))
      : Promise.resolve(undefined),
  ]);
  return { rows, total };
}

/** Organisations by id, in no particular order (for `_include`). */
export function findOrganizations(db: Kysely<DB>, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('organisations as o')
    .select(organisationColumns)
    .where(isOneOf('o.id', ids))
    .execute();
}

// --- Practitioner ------------------------------------------------------------------------------

export interface PractitionerFilter {
  ids: string[][];
  names: NameCriterion[];
  identifiers: IdentifierMatch[];
  active: boolean[];
  lastUpdated: DateBound[];
  includeProtected: boolean;
  after?: (string | number)[];
  limit: number;
}

/** One page of people in Swedish name order (plus one row); erased people are never found. */
export function searchPractitioners(db: Kysely<DB>, filter: PractitionerFilter) {
  const conditions: Condition[] = [
    sql<boolean>`p.erased_at IS NULL`,
    ...(filter.includeProtected ? [] : [sql<boolean>`p.protected = false`]),
    ...filter.ids.map((ids) => inList('p.id', ids)),
    ...filter.names.map((c) =>
      nameCondition(
        'p.search_name',
        [
          sql.ref('p.given_name'),
          sql.ref('p.family_name'),
          sql`p.given_name || ' ' || p.family_name`,
        ],
        c,
      ),
    ),
    ...filter.identifiers.map((m) =>
      anyOf([
        ...(m.ids.length ? [inList('p.id', m.ids)] : []),
        ...(m.hsaIds.length ? [inList('p.hsa_id', m.hsaIds)] : []),
      ]),
    ),
    ...filter.active.map((active) =>
      active ? sql<boolean>`p.archived_at IS NULL` : sql<boolean>`p.archived_at IS NOT NULL`,
    ),
    ...filter.lastUpdated.map((c) => dateCondition(sql.ref('p.updated_at'), c)),
  ];
  if (filter.after) {
    const [key, id] = filter.after;
    conditions.push(sql<boolean>`(p.sort_key, p.id) > (${key}, ${id}::uuid)`);
  }
  return db
    .selectFrom('people as p')
    .select(personColumns)
    .where(allOf(conditions))
    .orderBy('p.sort_key')
    .orderBy('p.id')
    .limit(filter.limit + 1)
    .execute();
}

// --- PractitionerRole --------------------------------------------------------------------------

export interface PractitionerRoleFilter {
  ids: string[][];
  practitioners: string[][];
  organizations: string[][];
  roleKeys: string[][];
  active: boolean[];
  lastUpdated: DateBound[];
  includeProtected: boolean;
  today: string;
  after?: string;
  limit: number;
}

/** One page of assignments with their post, role and person (plus one row), in id order. */
export function searchPractitionerRoles(db: Kysely<DB>, filter: PractitionerRoleFilter) {
  const lastUpdated = sql<Date>`greatest(a.updated_at, po.updated_at)`;
  const activeOn = sql<boolean>`(a.valid_from <= ${filter.today}::date
    AND (a.valid_to IS NULL OR a.valid_to >= ${filter.today}::date)
    AND po.archived_at IS NULL AND pe.archived_at IS NULL)`;
  const conditions: Condition[] = [
    sql<boolean>`pe.erased_at IS NULL`,
    ...(filter.includeProtected ? [] : [sql<boolean>`pe.protected = false`]),
    ...filter.ids.map((ids) => inList('a.id', ids)),
    ...filter.practitioners.map((ids) => inList('a.person_id', ids)),
    ...filter.organizations.map((ids) => inList('po.organisation_id', ids)),
    ...filter.roleKeys.map((keys) => inList('r.key', keys)),
    ...filter.active.map((active) => (active ? activeOn : sql<boolean>`NOT ${activeOn}`)),
    ...filter.lastUpdated.map((c) => dateCondition(lastUpdated, c)),
  ];
  if (filter.after) conditions.push(sql<boolean>`a.id > ${filter.after}::uuid`);
  return db
    .selectFrom('assignments as a')
    .innerJoin('posts as po', 'po.id', 'a.post_id')
    .innerJoin('roles as r', 'r.id', 'po.role_id')
    .innerJoin('people as pe', 'pe.id', 'a.person_id')
    .innerJoin('organisations as o', 'o.id', 'po.organisation_id')
    .select([
      'a.id',
      'a.kind',
      'a.valid_from',
      'a.valid_to',
      'a.person_id',
      'po.id as post_id',
      'po.title as post_title',
      'po.functional_email',
      'po.functional_phone',
      'po.organisation_id',
      'o.name as organisation_name',
      'r.key as role_key',
      'r.name_sv as role_name_sv',
      'pe.given_name',
      'pe.family_name',
      'pe.email',
      'pe.phone',
      'pe.mobile',
      'pe.phone_visibility',
      'pe.mobile_visibility',
      'pe.organisation_id as person_organisation_id',
      'pe.protected',
      activeOn.as('active'),
      lastUpdated.as('last_updated'),
    ])
    .where(allOf(conditions))
    .orderBy('a.id')
    .limit(filter.limit + 1)
    .execute();
}

// --- OrganizationAffiliation -------------------------------------------------------------------

export interface AffiliationFilter {
  /** Link ids (uuids) and network memberships as `[networkId, organisationId]`. */
  ids: { links: string[]; memberships: [string, string][] }[];
  primary: string[][];
  participating: string[][];
  kinds: string[][];
  active: boolean[];
  lastUpdated: DateBound[];
  today: string;
  after?: string;
  limit: number;
  withTotal: boolean;
}

export interface AffiliationRow {
  id: string;
  kind: 'serves' | 'partner' | 'network-member';
  primary_id: string | null;
  primary_name: string | null;
  participating_id: string;
  participating_name: string;
  network_id: string | null;
  network_name: string | null;
  valid_from: string | null;
  valid_to: string | null;
  last_updated: Date;
  version: number | null;
  active: boolean;
}

/**
 * Catchment and partner links and network memberships as one relation. A membership has no id
 * of its own, so its id is the two uuids' hex digits (64 characters, a valid FHIR id).
 */
function affiliations(today: string) {
  const current = (alias: string) =>
    sql<boolean>`(${sql.ref(`${alias}.valid_from`)} IS NULL OR ${sql.ref(`${alias}.valid_from`)} <= ${today}::date)
      AND (${sql.ref(`${alias}.valid_to`)} IS NULL OR ${sql.ref(`${alias}.valid_to`)} >= ${today}::date)`;
  return sql`(
    SELECT l.id::text AS id, l.kind, l.from_organisation_id AS primary_id, po.name AS primary_name,
      l.to_organisation_id AS participating_id, pa.name AS participating_name,
      NULL::uuid AS network_id, NULL::text AS network_name,
      l.valid_from, l.valid_to, l.updated_at AS last_updated, l.version,
      (${current('l')} AND po.archived_at IS NULL AND pa.archived_at IS NULL) AS active
    FROM organisation_links l
    JOIN organisations po ON po.id = l.from_organisation_id
    JOIN organisations pa ON pa.id = l.to_organisation_id
    UNION ALL
    SELECT replace(m.network_id::text, '-', '') || replace(m.organisation_id::text, '-', ''),
      'network-member', NULL::uuid, NULL::text, m.organisation_id, pa.name, n.id, n.name,
      m.valid_from, m.valid_to, m.created_at, NULL::integer,
      (${current('m')} AND n.archived_at IS NULL AND pa.archived_at IS NULL)
    FROM network_organisations m
    JOIN networks n ON n.id = m.network_id
    JOIN organisations pa ON pa.id = m.organisation_id
  ) AS aff`;
}

export async function searchAffiliations(db: Kysely<DB>, filter: AffiliationFilter) {
  const conditions: Condition[] = [
    ...filter.ids.map((m) =>
      anyOf([
        ...(m.links.length ? [inList('aff.id', m.links)] : []),
        ...m.memberships.map(
          ([network, organisation]) =>
            sql<boolean>`(aff.network_id = ${network}::uuid AND aff.participating_id = ${organisation}::uuid)`,
        ),
      ]),
    ),
    ...filter.primary.map((ids) => inList('aff.primary_id', ids)),
    ...filter.participating.map((ids) => inList('aff.participating_id', ids)),
    ...filter.kinds.map((kinds) => inList('aff.kind', kinds)),
    ...filter.active.map((active) =>
      active ? sql<boolean>`aff.active` : sql<boolean>`NOT aff.active`,
    ),
    ...filter.lastUpdated.map((c) => dateCondition(sql.ref('aff.last_updated'), c)),
  ];
  const where = allOf(conditions);
  const after = filter.after
    ? sql<boolean>`aff.id COLLATE "C" > ${filter.after}`
    : sql<boolean>`true`;
  const [page, total] = await Promise.all([
    sql<AffiliationRow>`SELECT * FROM ${affiliations(filter.today)} WHERE ${where} AND ${after}
      ORDER BY aff.id COLLATE "C" LIMIT ${filter.limit + 1}`.execute(db),
    filter.withTotal
      ? sql<{
          n: string | number;
        }>`SELECT count(*) AS n FROM ${affiliations(filter.today)} WHERE ${where}`
          .execute(db)
          .then((r) => Number(r.rows[0]?.n ?? 0))
      : Promise.resolve(undefined),
  ]);
  return { rows: page.rows, total };
}
