import type { DB } from '@nk/db';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { escapeLike } from './query-text';

/**
 * All SQL of search. Every query here is stage one or two of the plan in DESIGN §3.1:
 * 1. candidates from indexed prefix ranges (B-tree, any length) and substrings (trigram GIN, three
 *    letters or more), ranked by how well every word matched and cut to a few hundred;
 * 2. only when stage one finds too little, typo-tolerant trigram similarity on the same index.
 * Both stages return ids, tiers and sort keys only; the hits shown are loaded afterwards.
 */

/** Folded words (lower-case ASCII, as the `search_name` columns hold them). */
export type Words = string[];

export interface Candidate {
  id: string;
  /** Swedish order among equals (byte-wise comparable). */
  sort_key: string;
  /** People: the employer; posts: the organisation. */
  organisation_id?: string;
  /** 0 exact words, 1 word prefixes, 2 inside a word, 3 near miss. */
  tier: number;
  similarity: number;
}

/** What the caller's filters reduce each kind of hit to, resolved to ids beforehand. */
export interface Scope {
  asOf: string;
  former: boolean;
  isAdmin: boolean;
  /** Organisations whose restricted numbers the caller may search by. */
  inside: string[];
  role?: string;
  /** The organisation filter (or municipality) with everything below it. */
  organisations?: string[];
  /** The network filter with its sub-networks. */
  networks?: string[];
  topic?: string;
}

export const candidateLimit = 100;

/**
 * How many matching rows a stage reads, in whatever order its indexes give them, before it puts
 * them in Swedish order and keeps the first `candidateLimit`. Asking the database for the first
 * rows in `sort_key` order directly lets it walk the whole sort index filtering by name, which
 * at a million people takes seconds for a name late in the alphabet (sort keys follow names).
 */
const candidatePool = 1000;

/** `columns` of the people matching `where`: at most `candidatePool` read, the first sorted. */
const inSwedishOrder = (columns: RawBuilder<unknown>, where: RawBuilder<boolean>) => sql`
  SELECT * FROM (
    SELECT ${columns} FROM people p WHERE ${where} LIMIT ${candidatePool}
  ) c
  ORDER BY c.sort_key, c.id
  LIMIT ${candidateLimit}`;

export async function foldWords(db: Kysely<DB>, words: string[]): Promise<Words> {
  const { rows } = await sql<{ folded: string }>`
    SELECT nk_fold(w) AS folded FROM unnest(${words}::text[]) WITH ORDINALITY AS t(w, n) ORDER BY n`.execute(
    db,
  );
  return rows.map((r) => r.folded).filter((w) => w.trim() !== '');
}

// `w` below is a column's folded text with hyphens as spaces, padded, so ' word ' finds a word.
const padded = (column: RawBuilder<string>) =>
  sql<string>`(' ' || translate(${column}, '-', ' ') || ' ')`;
const asWords = (word: string) => escapeLike(word.replace(/-/g, ' '));
const wholeWord = (column: RawBuilder<string>, word: string) =>
  sql<boolean>`${padded(column)} LIKE ${`% ${asWords(word)} %`}`;
const wordPrefix = (column: RawBuilder<string>, word: string) =>
  sql<boolean>`${padded(column)} LIKE ${`% ${asWords(word)}%`}`;
const inside = (column: RawBuilder<string>, word: string) =>
  sql<boolean>`${column} LIKE ${`%${escapeLike(word)}%`}`;
const all = (parts: RawBuilder<boolean>[]) =>
  parts.length === 0 ? sql<boolean>`true` : sql<boolean>`(${sql.join(parts, sql` AND `)})`;
const any = (parts: RawBuilder<boolean>[]) =>
  parts.length === 0 ? sql<boolean>`false` : sql<boolean>`(${sql.join(parts, sql` OR `)})`;

/** 0 when every word is a whole word of the text, 1 when every word starts one, else 2. */
const tierOf = (column: RawBuilder<string>, words: Words) =>
  sql<number>`CASE WHEN ${all(words.map((w) => wholeWord(column, w)))} THEN 0
    WHEN ${all(words.map((w) => wordPrefix(column, w)))} THEN 1 ELSE 2 END`;

/** Trigram similarity needs three letters; shorter words must start a word instead. */
const fuzzyWords = (words: Words) => words.filter((w) => w.length >= 3);

/** The assignment under `alias` runs on `asOf` (or, with `former`, had begun by then). */
export const current = (alias: string, asOf: string, former: boolean) =>
  former
    ? sql<boolean>`${sql.ref(`${alias}.valid_from`)} <= ${asOf}::date`
    : sql<boolean>`${sql.ref(`${alias}.valid_from`)} <= ${asOf}::date
        AND (${sql.ref(`${alias}.valid_to`)} IS NULL OR ${sql.ref(`${alias}.valid_to`)} >= ${asOf}::date)`;

// People

const personName = sql<string>`p.search_name`;

/** The people a search's filters allow: also what an export of the search selects from. */
export function peopleFilters(scope: Scope): RawBuilder<boolean> {
  const parts: RawBuilder<boolean>[] = [sql`p.erased_at IS NULL`];
  if (!scope.former) parts.push(sql`p.archived_at IS NULL`);
  if (!scope.isAdmin) parts.push(sql`NOT p.protected`);
  const holds = (condition: RawBuilder<boolean>) => sql<boolean>`EXISTS (
    SELECT 1 FROM assignments a JOIN posts po ON po.id = a.post_id
    WHERE a.person_id = p.id AND ${current('a', scope.asOf, scope.former)} AND ${condition})`;
  if (scope.role) parts.push(holds(sql`po.role_id = ${scope.role}`));
  if (scope.organisations) {
    parts.push(sql`(p.organisation_id = ANY(${scope.organisations}::uuid[])
      OR ${holds(sql`po.organisation_id = ANY(${scope.organisations}::uuid[])`)})`);
  }
  if (scope.networks) parts.push(holds(sql`po.network_id = ANY(${scope.networks}::uuid[])`));
  if (scope.topic) {
    parts.push(sql`EXISTS (SELECT 1 FROM person_topics pt
      WHERE pt.person_id = p.id AND pt.topic_id = ${scope.topic})`);
  }
  return all(parts);
}

/** How many rows of one index range a prefix stage reads at most, whatever its words leave. */
const scanLimit = 2000;

/** Where a prefix stage starts: a range of the given-name-first or the family-name index. */
export interface PrefixDrive {
  column: 'search_name' | 'search_family';
  prefix: string;
}

/**
 * Stage one: people in index ranges (`anna%` of the names, `lind%` of the family names) whose
 * name has, for every word, a word starting with it; tier 0 when they are whole words. Each
 * range is read in index order and at most `scanLimit` rows of it, so a common first word with
 * a rare second (`anna lindqvist`) costs a bounded walk; another drive (the family names from
 * `lindqvist`) finds those people directly. Without words: the first people by family name that
 * the filters allow. All drives go to the database as one statement; a person found by several
 * comes once per drive.
 */
export async function peopleByPrefixes(
  db: Kysely<DB>,
  words: Words,
  scope: Scope,
  drives: PrefixDrive[],
) {
  const { rows } = await sql<Candidate>`${sql.join(
    drives.map((drive) => sql`(${prefixDrive(words, scope, drive)})`),
    sql` UNION ALL `,
  )}`.execute(db);
  return rows;
}

function prefixDrive(words: Words, scope: Scope, drive: PrefixDrive) {
  const leading = sql<boolean>`${sql.ref(`p.${drive.column}`)} LIKE ${`${escapeLike(drive.prefix)}%`}`;
  const inRange =
    words.length === 0
      ? sql`SELECT p.id, p.organisation_id, p.sort_key, p.search_name FROM people p
          WHERE ${peopleFilters(scope)} ORDER BY p.search_family, p.id`
      : sql`SELECT p.id, p.organisation_id, p.sort_key, p.search_name FROM people p
          WHERE ${peopleFilters(scope)} AND ${leading}
          ORDER BY ${sql.ref(`p.${drive.column}`)}, p.id
          LIMIT ${scanLimit}`;
  return sql`
    SELECT c.id, c.organisation_id, c.sort_key,
      ${words.length === 0 ? sql`0` : tierOf(sql`c.search_name`, words)} AS tier, 0 AS similarity
    FROM (${inRange}) c
    WHERE ${all(words.map((w) => wordPrefix(sql`c.search_name`, w)))}
    LIMIT ${candidateLimit}`;
}

/**
 * Still stage one, when prefixes found too little: words inside the name (a second given name,
 * the second half of `Nyström-Åberg`, `qvist` in Sjöqvist). Trigram GIN, three letters or more.
 */
export async function peopleContaining(
  db: Kysely<DB>,
  words: Words,
  scope: Scope,
  except: string[],
) {
  if (fuzzyWords(words).length === 0) return [];
  const matches = words.map((w) =>
    w.length >= 3 ? inside(personName, w) : wordPrefix(personName, w),
  );
  const { rows } = await sql<Candidate>`
    SELECT c.*, ${tierOf(sql`c.search_name`, words)} AS tier FROM (${inSwedishOrder(
      sql`p.id, p.organisation_id, p.sort_key, p.search_name, 0 AS similarity`,
      sql`${peopleFilters(scope)} AND ${all(matches)} AND p.id <> ALL(${except}::uuid[])`,
    )}) c`.execute(db);
  return rows;
}

/** Stage two: the name words nearest each typed word (`johanson` → johansson, johanzon). */
export async function nearestNameWords(db: Kysely<DB>, word: string) {
  const { rows } = await sql<{ word: string; similarity: number }>`
    SELECT word, similarity(word, ${word}) AS similarity
    FROM search_words
    WHERE word % ${word} AND similarity(word, ${word}) >= 0.45
    ORDER BY similarity DESC, word
    LIMIT 3`.execute(db);
  return rows;
}

/**
 * People whose name has, for every typed word, one of its nearest name words (or, for a short
 * word, a word starting with it). `similarity` is worked out by the caller from `search_name`.
 */
export async function peopleWithNameWords(
  db: Kysely<DB>,
  alternatives: { word: string; nearest: string[] | null }[],
  scope: Scope,
  except: string[],
) {
  const matches = alternatives.map(({ word, nearest }) =>
    nearest
      ? any(
          nearest.flatMap((w) => [
            sql<boolean>`p.search_family = ${w}`,
            sql<boolean>`p.search_name LIKE ${`${escapeLike(w)} %`}`,
            sql<boolean>`p.search_family LIKE ${`${escapeLike(w)}-%`}`,
          ]),
        )
      : any([
          sql`p.search_name LIKE ${`${escapeLike(word)}%`}`,
          sql`p.search_family LIKE ${`${escapeLike(word)}%`}`,
        ]),
  );
  const { rows } = await sql<Candidate & { search_name: string }>`${inSwedishOrder(
    sql`p.id, p.organisation_id, p.sort_key, p.search_name, 3 AS tier, 0 AS similarity`,
    sql`${peopleFilters(scope)} AND ${all(matches)} AND p.id <> ALL(${except}::uuid[])`,
  )}`.execute(db);
  return rows;
}

/** A phone number in any formatting, matched on its national digits, within visibility. */
export async function peopleByPhone(db: Kysely<DB>, digits: string, scope: Scope) {
  const prefix = `${digits}%`;
  const visible = (column: string) =>
    scope.isAdmin
      ? sql<boolean>`true`
      : sql<boolean>`(${sql.ref(column)} = 'network' OR p.organisation_id = ANY(${scope.inside}::uuid[]))`;
  const { rows } = await sql<Candidate>`${inSwedishOrder(
    sql`p.id, p.organisation_id, p.sort_key,
      CASE WHEN p.phone_digits = ${digits} OR p.mobile_digits = ${digits} THEN 0 ELSE 1 END AS tier,
      0 AS similarity`,
    sql`${peopleFilters(scope)}
      AND ((p.phone_digits LIKE ${prefix} AND ${visible('p.phone_visibility')})
        OR (p.mobile_digits LIKE ${prefix} AND ${visible('p.mobile_visibility')}))`,
  )}`.execute(db);
  return rows;
}

export async function peopleByEmail(db: Kysely<DB>, text: string, scope: Scope) {
  const { rows } = await sql<Candidate>`${inSwedishOrder(
    sql`p.id, p.organisation_id, p.sort_key,
      CASE WHEN lower(p.email) = ${text} THEN 0 ELSE 1 END AS tier, 0 AS similarity`,
    sql`${peopleFilters(scope)} AND lower(p.email) LIKE ${`${escapeLike(text)}%`}`,
  )}`.execute(db);
  return rows;
}

export interface HeldPost {
  person_id: string;
  post_id: string;
  kind: string;
  role_id: string;
  role_key: string;
  role_name_sv: string;
  role_name_en: string;
  organisation_id: string;
  organisation_name: string;
  organisation_short_name: string | null;
  organisation_kind: string;
  network_id: string | null;
}

/** The posts these people hold on the date: who is a current holder, and facet counts. */
export async function postsHeldBy(db: Kysely<DB>, personIds: string[], asOf: string) {
  if (personIds.length === 0) return [];
  const { rows } = await sql<HeldPost>`
    SELECT a.person_id, a.post_id, a.kind, po.role_id, r.key AS role_key,
      r.name_sv AS role_name_sv, r.name_en AS role_name_en, po.organisation_id,
      o.name AS organisation_name, o.short_name AS organisation_short_name,
      o.kind AS organisation_kind, po.network_id
    FROM assignments a
    JOIN posts po ON po.id = a.post_id AND po.archived_at IS NULL
    JOIN roles r ON r.id = po.role_id
    JOIN organisations o ON o.id = po.organisation_id
    WHERE a.person_id = ANY(${personIds}::uuid[]) AND ${current('a', asOf, false)}
    ORDER BY CASE a.kind WHEN 'holder' THEN 0 WHEN 'interim' THEN 1 ELSE 2 END, r.sort_key`.execute(
    db,
  );
  return rows;
}

export async function topicsOf(db: Kysely<DB>, personIds: string[]) {
  if (personIds.length === 0) return [];
  const { rows } = await sql<{ person_id: string; topic_id: string; name_sv: string }>`
    SELECT pt.person_id, pt.topic_id, t.name_sv
    FROM person_topics pt JOIN topics t ON t.id = pt.topic_id
    WHERE pt.person_id = ANY(${personIds}::uuid[])`.execute(db);
  return rows;
}

// Organisations (a few thousand at most: trigram on the fly is cheap)

const organisationName = sql<string>`o.search_name`;

function organisationFilters(scope: Scope): RawBuilder<boolean> {
  const parts: RawBuilder<boolean>[] = [sql`o.archived_at IS NULL`];
  if (scope.organisations) parts.push(sql`o.id = ANY(${scope.organisations}::uuid[])`);
  if (scope.networks) {
    parts.push(sql`EXISTS (SELECT 1 FROM network_organisations no
      WHERE no.organisation_id = o.id AND no.network_id = ANY(${scope.networks}::uuid[]))`);
  }
  return all(parts);
}

export async function organisationsByWords(db: Kysely<DB>, words: Words, scope: Scope) {
  const matches = words.map((w) =>
    w.length >= 3 ? inside(organisationName, w) : wordPrefix(organisationName, w),
  );
  const { rows } = await sql<Candidate>`
    SELECT o.id, o.sort_key,
      ${words.length === 0 ? sql`0` : tierOf(organisationName, words)} AS tier, 0 AS similarity
    FROM organisations o
    WHERE ${organisationFilters(scope)} AND ${all(matches)}
    ORDER BY tier, o.sort_key, o.id
    LIMIT ${candidateLimit}`.execute(db);
  return rows;
}

/** Near misses among organisations: a looser bar than for people, as there are few of them. */
export async function organisationsByLikeness(
  db: Kysely<DB>,
  words: Words,
  scope: Scope,
  except: string[],
) {
  const fuzzy = fuzzyWords(words);
  if (fuzzy.length === 0) return [];
  const likeness = sql.join(
    fuzzy.map((w) => sql`word_similarity(${w}, o.search_name)`),
    sql` + `,
  );
  const near = all(fuzzy.map((w) => sql<boolean>`${w} <% o.search_name`));
  return db.transaction().execute(async (trx) => {
    // `<%` (trigram-indexed) uses this threshold; 0.5 lets `kar` reach Katrineholm.
    await sql`SET LOCAL pg_trgm.word_similarity_threshold = 0.5`.execute(trx);
    const { rows } = await sql<Candidate>`
      SELECT o.id, 3 AS tier, (${likeness}) / ${fuzzy.length} AS similarity, o.sort_key
      FROM organisations o
      WHERE ${organisationFilters(scope)} AND ${near} AND o.id <> ALL(${except}::uuid[])
      ORDER BY similarity DESC, o.sort_key, o.id
      LIMIT 20`.execute(trx);
    return rows;
  });
}

export interface OrganisationHitRow {
  id: string;
  name: string;
  short_name: string | null;
  kind: string;
  municipality_code: string | null;
  parent_name: string | null;
}

export async function organisationsById(db: Kysely<DB>, ids: string[]) {
  if (ids.length === 0) return [];
  const { rows } = await sql<OrganisationHitRow>`
    SELECT o.id, o.name, o.short_name, o.kind, o.municipality_code, parent.name AS parent_name
    FROM organisations o LEFT JOIN organisations parent ON parent.id = o.parent_id
    WHERE o.id = ANY(${ids}::uuid[])`.execute(db);
  return rows;
}

/** The organisations with everything below them (the organisation filter). */
export async function organisationTrees(db: Kysely<DB>, roots: RawBuilder<boolean>) {
  const { rows } = await sql<{ id: string }>`
    WITH RECURSIVE tree AS (
      SELECT o.id FROM organisations o WHERE ${roots}
      UNION
      SELECT o.id FROM organisations o JOIN tree t ON o.parent_id = t.id
    )
    SELECT id FROM tree`.execute(db);
  return rows.map((r) => r.id);
}

export const organisationIs = (id: string) => sql<boolean>`o.id = ${id}`;
export const organisationInMunicipality = (code: string) =>
  sql<boolean>`o.municipality_code = ${code}`;

/** Each organisation's municipality: its own SCB code or the nearest one above it. */
export async function municipalitiesOf(db: Kysely<DB>, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  const { rows } = await sql<{ organisation_id: string; code: string; name: string }>`
    WITH RECURSIVE up AS (
      SELECT o.id AS start, o.parent_id, o.municipality_code, 0 AS depth
      FROM organisations o WHERE o.id = ANY(${organisationIds}::uuid[])
      UNION ALL
      SELECT up.start, o.parent_id, o.municipality_code, up.depth + 1
      FROM organisations o JOIN up ON o.id = up.parent_id
      WHERE up.municipality_code IS NULL AND up.depth < 20
    )
    SELECT DISTINCT ON (up.start) up.start AS organisation_id, up.municipality_code AS code,
      coalesce(m.name, up.municipality_code) AS name
    FROM up
    LEFT JOIN organisations m ON m.municipality_code = up.municipality_code
      AND m.kind = 'municipality' AND m.archived_at IS NULL
    WHERE up.municipality_code IS NOT NULL
    ORDER BY up.start, up.depth`.execute(db);
  return rows;
}

// Roles (the catalogue: tens of rows)

const roleText = sql<string>`nk_fold(r.name_sv || ' ' || r.name_en || ' ' || r.key || ' '
  || array_to_string(r.synonyms, ' '))`;

export interface RoleCandidate extends Candidate {
  /** The words this role matched (a post needs the others matched by its organisation). */
  matched: number[];
}

/** Roles matched by any of the words (by name, key or a synonym such as `nvk` or `SSK`). */
export async function rolesByWords(db: Kysely<DB>, words: Words, scope: Scope) {
  if (words.length === 0) return [];
  const matched = sql.join(
    words.map((w, i) => sql`CASE WHEN ${wordPrefix(roleText, w)} THEN ${i} END`),
    sql`, `,
  );
  const { rows } = await sql<RoleCandidate>`
    SELECT * FROM (
      SELECT r.id, ${tierOf(roleText, words)} AS tier, 0 AS similarity,
        array_remove(ARRAY[${matched}]::int[], NULL) AS matched, r.sort_key
      FROM roles r
      WHERE r.archived_at IS NULL ${scope.role ? sql`AND r.id = ${scope.role}` : sql``}
    ) c
    WHERE cardinality(matched) > 0
    ORDER BY cardinality(matched) DESC, tier, sort_key`.execute(db);
  return rows;
}

export async function rolesByLikeness(db: Kysely<DB>, words: Words, scope: Scope) {
  const fuzzy = fuzzyWords(words);
  if (fuzzy.length === 0) return [];
  const likeness = sql.join(
    fuzzy.map((w) => sql`word_similarity(${w}, ${roleText})`),
    sql` + `,
  );
  const { rows } = await sql<Candidate>`
    SELECT * FROM (
      SELECT r.id, 3 AS tier, (${likeness}) / ${fuzzy.length} AS similarity, r.sort_key
      FROM roles r
      WHERE r.archived_at IS NULL ${scope.role ? sql`AND r.id = ${scope.role}` : sql``}
    ) c
    WHERE similarity >= 0.6
    ORDER BY similarity DESC, sort_key
    LIMIT 10`.execute(db);
  return rows;
}

export async function rolesById(db: Kysely<DB>, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('roles')
    .select(['id', 'key', 'name_sv', 'name_en', 'synonyms'])
    .where('id', 'in', ids)
    .execute();
}

/** Organisations whose name has a word starting with the folded word (for "nvk flen"). */
export async function organisationsStartingWith(db: Kysely<DB>, word: string) {
  const { rows } = await sql<{ id: string }>`
    SELECT o.id FROM organisations o
    WHERE o.archived_at IS NULL AND ${wordPrefix(organisationName, word)}`.execute(db);
  return rows.map((r) => r.id);
}

export interface PostCandidate {
  id: string;
  sort_key: string;
  role_id: string;
  organisation_id: string;
  network_id: string | null;
}

// Posts: a role word, optionally narrowed by organisation words ("nvk flen")

export async function postsOf(
  db: Kysely<DB>,
  roleIds: string[],
  organisationsPerWord: string[][],
  scope: Scope,
) {
  const parts: RawBuilder<boolean>[] = [sql`po.archived_at IS NULL`];
  if (roleIds.length > 0) parts.push(sql`po.role_id = ANY(${roleIds}::uuid[])`);
  for (const ids of organisationsPerWord) parts.push(sql`po.organisation_id = ANY(${ids}::uuid[])`);
  if (scope.role) parts.push(sql`po.role_id = ${scope.role}`);
  if (scope.organisations) {
    parts.push(sql`po.organisation_id = ANY(${scope.organisations}::uuid[])`);
  }
  if (scope.networks) parts.push(sql`po.network_id = ANY(${scope.networks}::uuid[])`);
  const { rows } = await sql<PostCandidate>`
    SELECT po.id, po.role_id, po.organisation_id, po.network_id,
      o.sort_key || chr(1) || r.sort_key AS sort_key
    FROM posts po
    JOIN organisations o ON o.id = po.organisation_id
    JOIN roles r ON r.id = po.role_id
    WHERE ${all(parts)}
    ORDER BY o.sort_key, r.sort_key, po.id
    LIMIT ${candidateLimit}`.execute(db);
  return rows;
}

// Networks (a handful)

const networkName = sql<string>`nk_fold(n.name || coalesce(' ' || n.short_name, ''))`;

function networkFilters(scope: Scope): RawBuilder<boolean> {
  const parts: RawBuilder<boolean>[] = [sql`n.archived_at IS NULL`];
  if (scope.networks) parts.push(sql`n.id = ANY(${scope.networks}::uuid[])`);
  if (scope.organisations) {
    parts.push(sql`EXISTS (SELECT 1 FROM network_organisations no
      WHERE no.network_id = n.id AND no.organisation_id = ANY(${scope.organisations}::uuid[]))`);
  }
  if (scope.topic) {
    parts.push(sql`EXISTS (SELECT 1 FROM network_topics nt
      WHERE nt.network_id = n.id AND nt.topic_id = ${scope.topic})`);
  }
  return all(parts);
}

export async function networksByWords(db: Kysely<DB>, words: Words, scope: Scope) {
  const matches = words.map((w) =>
    w.length >= 3 ? inside(networkName, w) : wordPrefix(networkName, w),
  );
  const { rows } = await sql<Candidate>`
    SELECT n.id, n.sort_key,
      ${words.length === 0 ? sql`0` : tierOf(networkName, words)} AS tier, 0 AS similarity
    FROM networks n
    WHERE ${networkFilters(scope)} AND ${all(matches)}
    ORDER BY tier, n.sort_key, n.id
    LIMIT ${candidateLimit}`.execute(db);
  return rows;
}

export async function networksById(db: Kysely<DB>, ids: string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('networks').select(['id', 'name', 'kind']).where('id', 'in', ids).execute();
}

/** The network filter with its sub-networks. */
export async function networkTree(db: Kysely<DB>, id: string) {
  const { rows } = await sql<{ id: string }>`
    WITH RECURSIVE tree AS (
      SELECT id FROM networks WHERE id = ${id}
      UNION
      SELECT n.id FROM networks n JOIN tree t ON n.parent_id = t.id
    )
    SELECT id FROM tree`.execute(db);
  return rows.map((r) => r.id);
}
